public import DudaoCore

/// Worked examples of the modernization monitoring; the tests run every one.
public enum ModernizationExamples {
    /// Facts that meet every target exactly (growth rates at 5%).
    public static func targetFacts() -> [String: FieldValue] {
        var facts: [String: FieldValue] = [:]
        for row in ModernizationIndicators.all {
            guard let measure = row.measure else { continue }
            switch measure.kind {
            case .yesNo: facts[measure.field] = true
            case .growth: facts[measure.field] = 0.05
            case .fraction, .ratio, .coefficient: facts[measure.field] = FieldValue(.number(measure.target))
            }
        }
        return facts
    }

    static func input(_ facts: [String: FieldValue], overrides: [String: Value] = [:], kind: SubjectKind = .county, code: String = "330106") -> AssessmentInput {
        AssessmentInput(
            assessment: ModernizationAssessment.id,
            subject: Subject(kind: kind, code: code, name: kind == .zone ? "示例经济技术开发区" : "示例县"),
            period: .calendarYear(2017),
            facts: facts,
            parameterOverrides: overrides
        )
    }

    public static var all: [WorkedExample] {
        var nearMiss = self.targetFacts()
        nearMiss["pupil_teacher_ratio_primary"] = 20
        var weak = self.targetFacts()
        for field in ["teacher_pay_parity", "staffing_quota_met", "school_layout_plan", "private_education_support", "maintenance_mechanism", "quality_monitoring_met", "supervision_system_in_place", "principal_rank_system", "international_exchange", "quality_balance_progress", "student_aid_full_coverage", "moral_education_system", "myopia_rate_declined", "homework_burden_compliant"] {
            weak[field] = false
        }
        weak["budget_growth_primary"] = -0.02
        weak["social_investment_growth"] = -0.01
        var missing = self.targetFacts()
        missing["public_satisfaction_rate"] = nil
        return [
            WorkedExample(
                name: "every target met",
                summary: "A county meeting every target scores 100 and reaches the high level.",
                input: self.input(self.targetFacts()),
                verdict: .pass,
                expectations: [.value("MOD-TOTAL", 100), .value("MOD-1", 35), .outcome("MOD-LEVEL", .met), .measure("total", 100), .warning("unconfirmed_weights")]
            ),
            WorkedExample(
                name: "proportional credit for a primary pupil–teacher ratio of 20:1",
                summary: "16 / 20 = 0.8 of the 0.5 point: 0.4, so the total is 99.9.",
                input: self.input(nearMiss),
                verdict: .pass,
                expectations: [.value("MOD-1.2.1.2", 0.4), .value("MOD-TOTAL", 99.9, tolerance: 1e-9), .finding("MOD-1.2.1.2", unit: nil)]
            ),
            WorkedExample(
                name: "all-or-nothing credit for the same ratio",
                summary: "With the credit rule overridden to all_or_nothing the 0.5 point is lost: 99.5.",
                input: self.input(nearMiss, overrides: ["credit_rule": .text("all_or_nothing")]),
                verdict: .pass,
                expectations: [.value("MOD-1.2.1.2", 0), .value("MOD-TOTAL", 99.5, tolerance: 1e-9)]
            ),
            WorkedExample(
                name: "a weak county below the pass line",
                summary: "Fourteen yes/no items fail (35.45 points), two growth points are lost (3.6), and a junior ratio of 22:1 and two low rates cost 3.67 more: 57.28, below the pass line of 60.",
                input: {
                    var facts = weak
                    facts["pupil_teacher_ratio_junior"] = 22
                    facts["fitness_pass_rate"] = 0.5
                    facts["digital_campus_share"] = 0.3
                    return self.input(facts)
                }(),
                verdict: .fail,
                expectations: [.value("MOD-TOTAL", 100 - 35.45 - 3.6 - 0.25 - 3 * (1 - 0.5 / 0.95) - 3 * (1 - 0.3 / 0.9), tolerance: 1e-9), .outcome("MOD-LEVEL", .notMet), .outcome("MOD-TOTAL", .notMet), .finding("MOD-1.2.2", unit: nil)]
            ),
            WorkedExample(
                name: "a development zone without its satisfaction survey",
                summary: "The missing figure leaves its branch and the total unscored, never zero.",
                input: self.input(missing, kind: .zone, code: "3301ED"),
                verdict: .notAssessable,
                expectations: [.value("MOD-TOTAL", nil), .outcome("MOD-5.2.3", .notAssessable), .outcome("MOD-5", .notAssessable), .value("MOD-1", 35)]
            ),
        ]
    }
}
