public import DudaoCore

/// Worked examples of 基本均衡 monitoring; the tests run every one.
///
/// All figures are synthetic; the county code 339901 is not a real region.
public enum BasicBalanceExamples {
    /// Resources per pupil of an average school, in the order of ``BasicBalanceResource/all``.
    static let primaryBase: [Double] = [4.5, 8, 2200, 0.12, 30, 0.055, 0.045, 0.03]
    static let juniorBase: [Double] = [5.8, 11, 2800, 0.15, 40, 0.08, 0.07, 0.045]

    /// A school whose resources are its pupils × the stage's base × one factor per resource.
    public static func school(_ id: String, _ name: String, _ stage: SchoolStage, pupils: Int64, factors: [Double]) -> Unit {
        let base = stage == .primary ? self.primaryBase : self.juniorBase
        var fields: [String: FieldValue] = ["pupils": FieldValue(.integer(pupils))]
        for (index, resource) in BasicBalanceResource.all.enumerated() {
            let amount = Double(pupils) * base[index] * factors[index]
            let isCount = BasicBalanceSchema.schema.unitField(resource.field)?.type == .integer
            fields[resource.field] = FieldValue(isCount ? .integer(Int64(amount.rounded())) : .number(amount.rounded()))
        }
        return Unit(id: id, name: name, kind: stage.unitKind, fields: fields)
    }

    /// A certified county of 5 primary and 4 junior schools, well inside both limits, with the
    /// previous year's coefficients all at least as large as this year's.
    public static func balancedCounty() -> AssessmentInput {
        var facts: [String: FieldValue] = ["certification_year": 2016]
        for stage in SchoolStage.compulsory {
            for resource in BasicBalanceResource.all {
                facts[BasicBalanceSchema.previousFact(resource.key, stage)] = 0.9
            }
            facts[BasicBalanceSchema.previousFact("composite", stage)] = 0.6
        }
        return AssessmentInput(
            assessment: BasicBalanceAssessment.descriptor.id,
            subject: Subject(kind: .county, code: "339901", name: "示例县（合成）"),
            period: .schoolYear(2023),
            facts: facts,
            units: [
                school("P01", "城关小学", .primary, pupils: 1200, factors: [1.0, 0.8, 1.1, 1.0, 0.9, 0.95, 1.0, 1.1]),
                school("P02", "实验小学", .primary, pupils: 900, factors: [1.1, 1.0, 0.9, 1.2, 1.1, 1.0, 0.9, 1.0]),
                school("P03", "中心小学", .primary, pupils: 600, factors: [0.8, 1.3, 1.0, 0.8, 1.0, 1.1, 1.2, 0.9]),
                school("P04", "山前小学", .primary, pupils: 300, factors: [1.3, 1.5, 0.7, 1.1, 1.3, 1.3, 1.1, 0.8]),
                school("P05", "岭后小学", .primary, pupils: 150, factors: [1.5, 2.0, 1.4, 1.5, 1.6, 1.6, 1.4, 1.3]),
                school("J01", "城关初中", .junior, pupils: 1500, factors: [1.0, 0.9, 1.0, 1.1, 1.0, 0.95, 1.0, 1.0]),
                school("J02", "实验学校初中部", .junior, pupils: 800, factors: [0.9, 1.1, 1.2, 0.9, 0.9, 1.0, 1.1, 1.1]),
                school("J03", "中心初中", .junior, pupils: 600, factors: [1.2, 1.2, 0.8, 1.0, 1.2, 1.1, 0.9, 0.9]),
                school("J04", "山区初中", .junior, pupils: 250, factors: [1.4, 1.6, 1.3, 1.2, 1.4, 1.4, 1.2, 1.3]),
            ]
        )
    }

    /// Applies a change to the balanced county.
    public static func county(_ change: (inout AssessmentInput) -> Void) -> AssessmentInput { self.balancedCounty().with(change) }

    /// Factors that make a large school far poorer than a small one: a composite near 0.9.
    public static let starved: [Double] = [0.25, 0.2, 0.15, 0.2, 0.25, 0.5, 0.4, 0.3]
    public static let lavish: [Double] = [4, 5, 6, 5, 4, 2.5, 2.2, 3.5]

    public static let all: [WorkedExample] = [
        WorkedExample(
            name: "balanced-county",
            summary: "Both composites far inside 0.65 / 0.55; no coefficient grew since the previous year.",
            input: balancedCounty(),
            verdict: .pass,
            expectations: [.warning("BB-W-LIMITS")]
        ),
        WorkedExample(
            name: "primary-composite-above-limit",
            summary: "The largest primary school is starved of every resource while a small one is lavish: the primary composite exceeds 0.65.",
            input: county {
                $0.units[0] = school("P01", "城关小学", .primary, pupils: 1200, factors: starved)
                $0.units[4] = school("P05", "岭后小学", .primary, pupils: 150, factors: lavish)
            },
            verdict: .fail,
            expectations: [.finding("BB-C", unit: nil)]
        ),
        WorkedExample(
            name: "junior-composite-above-limit",
            summary: "The same imbalance among the junior schools: the junior composite exceeds 0.55.",
            input: county {
                $0.units[5] = school("J01", "城关初中", .junior, pupils: 1500, factors: starved)
                $0.units[8] = school("J04", "山区初中", .junior, pupils: 250, factors: lavish)
            },
            verdict: .fail,
            expectations: [.finding("BB-C", unit: nil)]
        ),
        WorkedExample(
            name: "books-missing",
            summary: "One junior school gives no book count: the junior books coefficient and the junior composite cannot be computed.",
            input: county { $0.units[6].fields["books"] = nil },
            verdict: .notAssessable
        ),
    ]
}
