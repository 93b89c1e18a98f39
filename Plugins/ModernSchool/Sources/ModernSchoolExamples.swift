public import DudaoCore

/// Worked examples of the modern-school assessment; the tests run every one.
public enum ModernSchoolExamples {
    static func input(_ rates: [Double?], type: String = "primary") -> AssessmentInput {
        var facts: [String: FieldValue] = ["school_type": FieldValue(.text(type))]
        for (index, rate) in rates.enumerated() {
            if let rate { facts["score_rate_\(index + 1)"] = FieldValue(.number(rate)) }
        }
        return AssessmentInput(
            assessment: ModernSchoolAssessment.id,
            subject: Subject(kind: .school, code: "3310020101", name: "示例小学"),
            period: .schoolYear(2020),
            facts: facts
        )
    }

    public static var all: [WorkedExample] {
        [
            WorkedExample(name: "recognised at 88", summary: "Rates 0.9, 0.9, 0.85, 0.9, 0.85: 88 points.", input: self.input([0.9, 0.9, 0.85, 0.9, 0.85]), verdict: .pass, expectations: [.value("MS-TOTAL", 88, tolerance: 1e-9), .value("MS-3", 17, tolerance: 1e-9)]),
            WorkedExample(name: "not recognised at 80", summary: "Every area at 0.8: 80 points, below 85.", input: self.input([0.8, 0.8, 0.8, 0.8, 0.8]), verdict: .fail, expectations: [.outcome("MS-RECOGNITION", .notMet)]),
            WorkedExample(name: "an area not scored", summary: "学生发展 not scored: no total.", input: self.input([0.9, 0.9, 0.9, nil, 0.9]), verdict: .notAssessable, expectations: [.value("MS-TOTAL", nil), .outcome("MS-4", .notAssessable)]),
        ]
    }
}
