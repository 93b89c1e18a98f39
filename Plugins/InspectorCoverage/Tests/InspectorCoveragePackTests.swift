import DudaoCore
import DudaoStandards
import Foundation
import InspectorCoverageAssessment
import Testing

/// The coverage check written as a standard pack (`Plugins/InspectorCoverage/Pack`) gives the
/// Swift module's verdicts, values, thresholds and outcomes on every one of its worked examples.
/// What the pack does not give yet (listed in the module's README) is not compared here; the
/// module's full results are frozen in `frozen-results.json` for the comparison that will be.
struct InspectorCoveragePackTests {
    static let plugin = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let shipped = plugin.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/responsible-inspector-coverage")
    static let folder = plugin.appendingPathComponent("Pack").path

    static let parity = try! PackParity(module: InspectorCoverageAssessment(), packFolder: Self.folder)

    @Test("the pack gives the module's verdict, values, thresholds and outcomes", arguments: InspectorCoverageExamples.all.map(\.name))
    func sameResults(_ name: String) throws {
        let example = try #require(InspectorCoverageExamples.all.first { $0.name == name })
        let (swift, pack) = try Self.parity.evaluate(example.input)
        let differences = PackParity.differences(pack, from: swift)
        #expect(differences.isEmpty, "\(differences)")
        #expect(pack.measures == swift.measures)
        // Every expectation of the module's example holds for the pack, except the per-zone warning.
        let mismatches = example.mismatches(in: pack).filter { !$0.hasPrefix("no warning zone_gaps") }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test("the module gives its frozen results")
    func frozen() throws {
        let differences = try FrozenResults.differences(of: InspectorCoverageAssessment(), shipped: Self.shipped, frozen: Self.plugin.appendingPathComponent("Tests/frozen-results.json"))
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test("the pack refuses the parameters the module refuses, naming them")
    func ranges() throws {
        var input = try #require(InspectorCoverageExamples.all.first).input
        input.parameterOverrides = ["max_schools_per_inspector": .integer(0), "rectification_days": .integer(4000)]
        let pack = try AssessmentRegistry([try PackLoader().load(try PackSource.read(folder: Self.folder)).assessment])
        let module = try AssessmentRegistry([InspectorCoverageAssessment()])
        for registry in [pack, module] {
            let error = try #require(throws: DudaoError.self) { try registry.evaluate(input) }
            #expect(Set(error.violations.map(\.path)) == ["parameterOverrides.max_schools_per_inspector", "parameterOverrides.rectification_days"])
        }
    }
}
