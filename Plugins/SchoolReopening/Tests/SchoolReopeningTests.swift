import DudaoCore
import SchoolReopeningAssessment
import Testing

struct SchoolReopeningTests {
    static let registry = try! AssessmentRegistry([SchoolReopeningAssessment()])

    @Test("the roll-up names each blocked school and why, with a deadline three days after the inspection")
    func rollUp() throws {
        let example = try #require(ReopeningExamples.all.first { $0.name == "disinfection not approved blocks a school" })
        let result = try Self.registry.evaluate(example.input)
        let cleared = try #require(result.indicator("RO-CLEARED"))
        let s2 = try #require(cleared.breakdown.first { $0.unitID == "S2" })
        #expect(s2.outcome == .notMet)
        #expect(s2.note?.contains("RO-06") == true)
        #expect(cleared.explanationEn.contains("S2 (RO-06)"))
        #expect(result.findings.first { $0.unitID == "S2" }?.deadline == CalendarDate("2020-04-23"))
        let summary = try #require(SchoolReopeningAssessment().summarize([result]))
        #expect(summary.rows.first?.labels["blocked_schools"] == "S2")
        #expect(summary.verdict == .fail)
    }

    @Test("an optional item made mandatory by parameter blocks opening")
    func mandatoryOverride() throws {
        var input = try #require(ReopeningExamples.all.first { $0.name == "an optional item missed does not stop opening" }).input
        input.parameterOverrides = ["mandatory.RO-13": .boolean(true)]
        #expect(try Self.registry.evaluate(input).verdict == .fail)
    }

    @Test("a county without schools is refused")
    func noSchools() {
        let input = AssessmentInput(assessment: SchoolReopeningAssessment.id, subject: Subject(kind: .county, code: "331002", name: "示例县"), period: .calendarYear(2020))
        #expect(throws: DudaoError.self) { try Self.registry.evaluate(input) }
    }
}
