import DudaoCore
import EducationEcologyAssessment
import Testing

struct EducationEcologyTests {
    static let registry = try! AssessmentRegistry([EducationEcologyAssessment()])

    @Test("3 一级, 15 二级 and 25 监测点")
    func structure() throws {
        let tree = try EducationEcologyAssessment.tree(EducationEcologyAssessment.edition2021.parameters)
        #expect(tree.nodes.count == 3)
        #expect(tree.allNodes.filter { $0.level == .second }.count == 15)
        #expect(tree.allNodes.filter { $0.level == .monitoringPoint }.count == 25)
        #expect(tree.weakestStatus == .unconfirmed)
    }

    @Test("failing a band after an anomaly fails the verdict")
    func anomalyFails() throws {
        var facts = EcologyExamples.targetFacts()
        facts["abnormal_death"] = true
        facts["fitness_pass_rate"] = 0.0
        facts["fitness_good_rate"] = 0.0
        facts["quality_balance_met"] = false
        let input = AssessmentInput(assessment: EducationEcologyAssessment.id, subject: Subject(kind: .county, code: "330825", name: "示例县"), period: .calendarYear(2021), facts: facts)
        // 100 − 7 − 7 = 86 → 良好 → one band down → 一般; still a pass.
        #expect(try Self.registry.evaluate(input).measures["grade_rank"] == 1)
        var worse = input
        worse.parameterOverrides = ["downgrade.ECO-X2": .integer(2)]
        #expect(try Self.registry.evaluate(worse).verdict == .fail)
    }
}
