public import DudaoCore

/// Worked examples of kindergarten grading; the tests run every one.
public enum KindergartenExamples {
    /// Facts with every area at `rate` and no accident.
    public static func facts(rate: Double) -> [String: FieldValue] {
        var facts: [String: FieldValue] = ["major_safety_accident": false]
        for area in 1...7 { facts["score_rate_\(area)"] = FieldValue(.number(rate)) }
        return facts
    }

    static func input(_ facts: [String: FieldValue]) -> AssessmentInput {
        AssessmentInput(
            assessment: KindergartenGradingAssessment.id,
            subject: Subject(kind: .kindergarten, code: "3310020001", name: "示例幼儿园"),
            period: .schoolYear(2024),
            facts: facts
        )
    }

    public static var all: [WorkedExample] {
        var accident = self.facts(rate: 0.92)
        accident["major_safety_accident"] = true
        var missing = self.facts(rate: 0.9)
        missing["score_rate_5"] = nil
        var due = self.facts(rate: 0.65)
        due["years_since_last_grading"] = 4
        return [
            WorkedExample(name: "grade 1 at 92 points", summary: "Every area at 92%: 92 points, 一级.", input: self.input(self.facts(rate: 0.92)), verdict: .pass, expectations: [.value("KG-TOTAL", 92, tolerance: 1e-9), .measure("grade_rank", 0)]),
            WorkedExample(name: "a safety accident caps at grade 2", summary: "92 points but a major safety accident: at best 二级.", input: self.input(accident), verdict: .pass, expectations: [.measure("grade_rank", 1)]),
            WorkedExample(name: "below grade 3", summary: "Every area at 50%: 50 points, below 三级.", input: self.input(self.facts(rate: 0.5)), verdict: .fail, expectations: [.outcome("KG-GRADE", .notMet)]),
            WorkedExample(name: "a missing area", summary: "安全与卫生保健 not scored: no total.", input: self.input(missing), verdict: .notAssessable, expectations: [.value("KG-TOTAL", nil), .outcome("KG-5", .notAssessable)]),
            WorkedExample(name: "re-examination due", summary: "65 points, 三级; four years since grading: a warning.", input: self.input(due), verdict: .pass, expectations: [.measure("grade_rank", 2), .warning("reexamination_due")]),
        ]
    }
}
