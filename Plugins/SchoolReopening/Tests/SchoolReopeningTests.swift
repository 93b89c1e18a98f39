import DudaoAssessments
import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// 开学返校专项督导 is the standard pack in this folder, served by the bundled registry under the id
/// the Swift module had; it gives the results the module gave (`frozen-results.json`) on every
/// worked example and shipped input, and the module's tests hold for it.
struct SchoolReopeningTests {
    static let plugin = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let registry = try! BundledAssessments.registry()
    static let assessment = BundledAssessments.all.first { $0.descriptor.id == "zj-school-reopening-check" }!

    static func example(_ name: String) throws -> WorkedExample {
        try #require(Self.assessment.examples.first { $0.name == name })
    }

    @Test("the served pack gives the results of the Swift module it replaced")
    func frozen() async throws {
        #expect(Self.assessment is PackAssessment)
        let differences = try await FrozenResults.differences(of: Self.assessment, plugin: Self.plugin)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test("the roll-up names each blocked school and why, with a deadline three days after the inspection")
    func rollUp() throws {
        let result = try Self.registry.evaluate(try Self.example("disinfection not approved blocks a school").input)
        let cleared = try #require(result.indicator("RO-CLEARED"))
        let s2 = try #require(cleared.breakdown.first { $0.unitID == "S2" })
        #expect(s2.outcome == .notMet)
        #expect(s2.note?.contains("RO-06") == true)
        #expect(cleared.explanationEn.contains("S2 (RO-06)"))
        #expect(result.findings.first { $0.unitID == "S2" }?.deadline == CalendarDate("2020-04-23"))
        let summary = try #require(Self.assessment.summarize([result]))
        #expect(summary.rows.first?.labels["blocked_schools"] == "S2")
        #expect(summary.verdict == .fail)
    }

    @Test("an optional item made mandatory by parameter blocks opening")
    func mandatoryOverride() throws {
        var input = try Self.example("an optional item missed does not stop opening").input
        input.parameterOverrides = ["mandatory.RO-13": .boolean(true)]
        #expect(try Self.registry.evaluate(input).verdict == .fail)
    }

    @Test("a rectification period outside 0 … 365 days is refused naming the parameter")
    func rectificationRange() throws {
        var input = try Self.example("an optional item missed does not stop opening").input
        input.parameterOverrides = ["rectification_days": .integer(400)]
        let error = try #require(throws: DudaoError.self) { try Self.registry.evaluate(input) }
        #expect(error.violations.map(\.path) == ["parameterOverrides.rectification_days"])
    }

    @Test("a county without schools is refused")
    func noSchools() {
        let input = AssessmentInput(assessment: "zj-school-reopening-check", subject: Subject(kind: .county, code: "331002", name: "示例县"), period: .calendarYear(2020))
        #expect(throws: DudaoError.self) { try Self.registry.evaluate(input) }
    }
}
