public import DudaoCore

/// Worked examples of the teacher-pay check; the tests run every one.
///
/// All figures are synthetic; the county code 339901 is not a real region.
public enum TeacherPayExamples {
    /// 2,000 teachers averaging 120,000 yuan (40,000 basic + 10,000 allowances + 70,000 performance
    /// pay) against 1,500 civil servants averaging 111,000 (38,000 + 45,000 + 8,000 bonus + 20,000
    /// local rewards): ratio 108.11%.
    public static func passingCounty() -> AssessmentInput {
        AssessmentInput(
            assessment: TeacherPayAssessment.descriptor.id,
            subject: Subject(kind: .county, code: "339901", name: "示例县（合成）"),
            period: .calendarYear(2023),
            facts: [
                "teacher_basic_pay_yuan": 80_000_000.0,
                "teacher_allowances_yuan": 20_000_000.0,
                "teacher_performance_pay_yuan": 140_000_000.0,
                "teacher_employer_contributions_yuan": 70_000_000.0,
                "cs_basic_pay_yuan": 57_000_000.0,
                "cs_allowances_yuan": 67_500_000.0,
                "cs_year_end_bonus_yuan": 12_000_000.0,
                "cs_local_rewards_yuan": 30_000_000.0,
                "teacher_headcount": 2000.0,
                "civil_servant_headcount": 1500.0,
                "pay_data_year": 2023,
                "linkage_mechanism_established": true,
                "funding_mechanism_established": true,
            ]
        )
    }

    /// Applies a change to the passing county.
    public static func county(_ change: (inout AssessmentInput) -> Void) -> AssessmentInput { self.passingCounty().with(change) }

    public static let all: [WorkedExample] = [
        WorkedExample(
            name: "teachers-above-civil-servants",
            summary: "120,000 ÷ 111,000 = 108.11% ≥ 100%, linkage mechanism in place. Employer contributions are given but not counted under the 2020 口径.",
            input: passingCounty(),
            verdict: .pass,
            expectations: [
                .value("TP-1", 120_000.0 / 111_000), .measure("teacher_average", 120_000), .measure("civil_servant_average", 111_000),
                .warning("TP-W-KOUJING"),
            ]
        ),
        WorkedExample(
            name: "teachers-below-civil-servants",
            summary: "Civil servants' local rewards of 40,000 each raise their average to 131,000: 120,000 ÷ 131,000 = 91.60%; gap 11,000 per teacher, 22,000,000 in total.",
            input: county { $0.facts["cs_local_rewards_yuan"] = 60_000_000.0 },
            verdict: .fail,
            expectations: [
                .outcome("TP-1", .notMet), .value("TP-1", 120_000.0 / 131_000), .measure("per_capita_gap", 11_000),
                .measure("total_gap", 22_000_000), .finding("TP-1", unit: nil),
            ]
        ),
        WorkedExample(
            name: "no-linkage-mechanism",
            summary: "Pay is above the line but teachers' pay is not adjusted with civil servants'.",
            input: county { $0.facts["linkage_mechanism_established"] = false },
            verdict: .fail,
            expectations: [.outcome("TP-2", .notMet), .outcome("TP-1", .met)]
        ),
        WorkedExample(
            name: "performance-pay-missing",
            summary: "绩效工资 is counted on the teachers' side but not given: the comparison is not assessable.",
            input: county { $0.facts["teacher_performance_pay_yuan"] = nil },
            verdict: .notAssessable,
            expectations: [.outcome("TP-1", .notAssessable), .outcome("TP-2", .met)]
        ),
        WorkedExample(
            name: "narrower-civil-servant-items",
            summary: "An override that leaves the local rewards out of the civil servants' side turns the failing county into a pass: 120,000 ÷ 91,000.",
            input: county {
                $0.facts["cs_local_rewards_yuan"] = 60_000_000.0
                $0.parameterOverrides = ["civil_servant.items.local_rewards": .boolean(false)]
            },
            verdict: .pass,
            expectations: [.value("TP-1", 120_000.0 / 91_000)]
        ),
        WorkedExample(
            name: "wider-items-on-both-sides",
            summary: "Overrides count employer contributions on both sides and other local pay for teachers: (240 + 70 + 10) million ÷ 2,000 = 160,000 against (166.5 + 60) million ÷ 1,500 = 151,000.",
            input: county {
                $0.facts["teacher_other_local_pay_yuan"] = 10_000_000.0
                $0.facts["cs_employer_contributions_yuan"] = 60_000_000.0
                $0.parameterOverrides = [
                    "teacher.items.employer_contributions": .boolean(true), "teacher.items.other_local_pay": .boolean(true),
                    "civil_servant.items.employer_contributions": .boolean(true),
                ]
            },
            verdict: .pass,
            expectations: [.value("TP-1", 160_000.0 / 151_000), .measure("teacher_average", 160_000), .measure("civil_servant_average", 151_000)]
        ),
    ].map { $0.withExactReasons() }
}
