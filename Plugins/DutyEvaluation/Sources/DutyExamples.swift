public import DudaoCore

/// Worked examples of the duty evaluation; the tests run every one.
public enum DutyExamples {
    /// Every item fully achieved and no downgrade condition.
    public static func fullFacts() -> [String: FieldValue] {
        var facts: [String: FieldValue] = [:]
        for field in DutyTree.fields {
            facts[field.key] = field.downgrade ? false : 1.0
        }
        return facts
    }

    static func input(_ facts: [String: FieldValue], kind: SubjectKind = .county, code: String = "330106", overrides: [String: Value] = [:]) -> AssessmentInput {
        AssessmentInput(
            assessment: DutyEvaluationAssessment.id,
            subject: Subject(kind: kind, code: code, name: kind == .city ? "示例市" : "示例县"),
            period: .calendarYear(2024),
            facts: facts,
            parameterOverrides: overrides
        )
    }

    public static var all: [WorkedExample] {
        var good = self.fullFacts()
        good["funding_guarantee"] = 0.5  // loses 4 of 8
        good["student_burden"] = 0.0  // loses 7 of 7 → 89
        var downgraded = self.fullFacts()
        downgraded["compulsory_balance"] = 0.5  // 97
        downgraded["data_falsification"] = true
        var poor = self.fullFacts()
        for key in ["party_leadership", "law_enforcement", "planning_reform", "school_conduct"] { poor[key] = 0.5 }  // −16 → 84
        poor["teacher_guarantee"] = 0.0  // −7 → 77
        poor["preschool_development"] = 0.2  // −4 → 73
        poor["school_safety_incident"] = true  // 合格 → 不合格
        var open = self.fullFacts()
        open["major_discipline_case"] = nil
        return [
            WorkedExample(
                name: "full marks and no downgrade",
                summary: "100 points: 优秀.",
                input: self.input(self.fullFacts()),
                verdict: .pass,
                expectations: [.value("DUTY-TOTAL", 100), .measure("grade_rank", 0), .warning("unconfirmed_weights")]
            ),
            WorkedExample(
                name: "89 points is 良好",
                summary: "Half of the funding item (−4) and none of the burden item (−7): 89, one short of 优秀. Findings carry the deadline 90 days after 2024-01-01.",
                input: self.input(good, kind: .city, code: "330100"),
                verdict: .pass,
                expectations: [.value("DUTY-TOTAL", 89), .value("DUTY-5", 16), .measure("grade_rank", 1), .finding("DUTY-6.2", unit: nil)]
            ),
            WorkedExample(
                name: "falsification drops 优秀 to 良好",
                summary: "97 points would be 优秀; falsification drops one grade.",
                input: self.input(downgraded),
                verdict: .pass,
                expectations: [.value("DUTY-TOTAL", 97), .measure("grade_rank", 1)]
            ),
            WorkedExample(
                name: "a school safety incident drops 合格 to 不合格",
                summary: "73 points is 合格; the incident drops one grade to 不合格, so the evaluation fails.",
                input: self.input(poor),
                verdict: .fail,
                expectations: [.value("DUTY-TOTAL", 73), .measure("grade_rank", 3), .outcome("DUTY-GRADE", .notMet)]
            ),
            WorkedExample(
                name: "an unknown downgrade condition leaves the grade open",
                summary: "100 points, but whether a major discipline case occurred is not given: 优秀 or 良好, so not assessable.",
                input: self.input(open),
                verdict: .notAssessable,
                expectations: [.value("DUTY-TOTAL", 100), .outcome("DUTY-GRADE", .notAssessable)]
            ),
        ]
    }
}
