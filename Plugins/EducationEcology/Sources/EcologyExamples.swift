public import DudaoCore

/// Worked examples of the ecology monitoring; the tests run every one.
public enum EcologyExamples {
    /// Facts that meet every target exactly, with no anomaly.
    public static func targetFacts() -> [String: FieldValue] {
        var facts: [String: FieldValue] = [:]
        for row in EcologyIndicators.rows {
            guard let measure = row.measure else { continue }
            facts[measure.field] = measure.comparator == .isTrue ? true : FieldValue(.number(measure.target))
        }
        for anomaly in EcologyIndicators.anomalies { facts[anomaly.field] = false }
        return facts
    }

    static func input(_ facts: [String: FieldValue]) -> AssessmentInput {
        AssessmentInput(
            assessment: EducationEcologyAssessment.id,
            subject: Subject(kind: .county, code: "330825", name: "示例县"),
            period: .calendarYear(2021),
            facts: facts
        )
    }

    public static var all: [WorkedExample] {
        var violations = self.targetFacts()
        violations["ethics_violation_cases"] = 2  // ECO-E3 (6 points) lost
        violations["private_tutoring_share"] = 0.4  // 0.2 / 0.4 = half of ECO-P5.3: 7 / 3 / 2 = 1.1667 lost
        var bullying = self.targetFacts()
        bullying["bullying_incident"] = true
        var missing = self.targetFacts()
        missing["school_belonging_index"] = nil
        return [
            WorkedExample(name: "every target met", summary: "100 points, 良好.", input: self.input(self.targetFacts()), verdict: .pass, expectations: [.value("ECO-TOTAL", 100), .measure("grade_rank", 0)]),
            WorkedExample(
                name: "violations and tutoring", summary: "Two verified ethics cases lose ECO-E3's 6 points; 40% in tutoring earns half of ECO-P5.3 (7/3 points): 92.83.",
                input: self.input(violations), verdict: .pass,
                expectations: [.value("ECO-E3", 0), .value("ECO-TOTAL", 100 - 6 - 7.0 / 3.0 / 2.0, tolerance: 1e-9), .finding("ECO-E3.1", unit: nil)]
            ),
            WorkedExample(name: "bullying drops a band", summary: "100 points but a bullying incident: 一般.", input: self.input(bullying), verdict: .pass, expectations: [.measure("grade_rank", 1)]),
            WorkedExample(name: "a survey missing", summary: "No belonging index: no total.", input: self.input(missing), verdict: .notAssessable, expectations: [.value("ECO-TOTAL", nil), .outcome("ECO-P3", .notAssessable)]),
        ]
    }
}
