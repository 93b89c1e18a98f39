import DudaoCore
import InspectorCoverageAssessment
import Testing

struct InspectorCoverageTests {
    static let registry = try! AssessmentRegistry([InspectorCoverageAssessment()])

    @Test("gaps are listed per school with its zone, and per zone")
    func gapsPerZone() throws {
        let example = try #require(InspectorCoverageExamples.all.first { $0.name.hasPrefix("a school without") })
        let result = try Self.registry.evaluate(example.input)
        let visit = try #require(result.findings.first { $0.indicatorCode == "IC-4" })
        #expect(visit.scope == "Z1")
        #expect(visit.shortfall == 2)
        #expect(visit.deadline == CalendarDate("2024-10-01"))
        let zone = try #require(result.warnings.first { $0.code == "zone_gaps" })
        #expect(zone.unitIDs == ["Z1"])
        #expect(zone.messageZh.contains("示例学校10"))
    }

    @Test("leaving kindergartens out by parameter changes the count", arguments: [(true, 10.0), (false, 7.0)])
    func kindergartens(include: Bool, schools: Double) throws {
        var input = InspectorCoverageExamples.all[0].input
        input.parameterOverrides = ["include_kindergartens": .boolean(include)]
        #expect(try Self.registry.evaluate(input).measures["schools"] == schools)
    }

    @Test("six schools an inspector pass when the ceiling is raised to six")
    func ceiling() throws {
        var input = try #require(InspectorCoverageExamples.all.first { $0.name.hasPrefix("a school without") }).input
        input.parameterOverrides = ["max_schools_per_inspector": .integer(6)]
        #expect(try Self.registry.evaluate(input).indicator("IC-2")?.outcome == .met)
    }
}
