import DudaoAssessments
import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// 责任督学挂牌督导 is the standard pack in this folder, served by the bundled registry under the id
/// the Swift module had; it gives the results the module gave (`frozen-results.json`) on every
/// worked example and shipped input, and the module's tests hold for it.
struct InspectorCoverageTests {
    static let plugin = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let registry = try! BundledAssessments.registry()
    static let assessment = BundledAssessments.all.first { $0.descriptor.id == "responsible-inspector-coverage" }!

    static func example(_ prefix: String) throws -> WorkedExample {
        try #require(Self.assessment.examples.first { $0.name.hasPrefix(prefix) })
    }

    @Test("the served pack gives the results of the Swift module it replaced")
    func frozen() async throws {
        #expect(Self.assessment is PackAssessment)
        let differences = try await FrozenResults.differences(of: Self.assessment, plugin: Self.plugin)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test("gaps are listed per school with its zone, and per zone")
    func gapsPerZone() throws {
        let result = try Self.registry.evaluate(try Self.example("a school without").input)
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
        var input = try Self.example("ten schools").input
        input.parameterOverrides = ["include_kindergartens": .boolean(include)]
        let result = try Self.registry.evaluate(input)
        #expect(result.measures["schools"] == schools)
        #expect(result.warnings.contains { $0.code == "kindergartens_excluded" } == !include)
    }

    @Test("six schools an inspector pass when the ceiling is raised to six")
    func ceiling() throws {
        var input = try Self.example("a school without").input
        input.parameterOverrides = ["max_schools_per_inspector": .integer(6)]
        #expect(try Self.registry.evaluate(input).indicator("IC-2")?.outcome == .met)
    }

    @Test("a ceiling below one school or a rectification period over ten years is refused naming the parameter")
    func ranges() throws {
        var input = try Self.example("ten schools").input
        input.parameterOverrides = ["max_schools_per_inspector": .integer(0), "rectification_days": .integer(4000)]
        let error = try #require(throws: DudaoError.self) { try Self.registry.evaluate(input) }
        #expect(Set(error.violations.map(\.path)) == ["parameterOverrides.max_schools_per_inspector", "parameterOverrides.rectification_days"])
    }
}
