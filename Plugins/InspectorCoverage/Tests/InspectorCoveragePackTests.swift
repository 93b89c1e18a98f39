import DudaoCore
import DudaoStandards
import Foundation
import InspectorCoverageAssessment
import Testing

/// The coverage check written as a standard pack (`Plugins/InspectorCoverage/Pack`) gives the
/// Swift module's verdicts, values, thresholds and outcomes on every one of its worked examples.
/// What the pack does not give yet (listed in the module's README) is not compared here.
struct InspectorCoveragePackTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Pack").path

    static let parity = try! PackParity(module: InspectorCoverageAssessment(), packFolder: Self.folder)

    @Test("the pack gives the module's verdict, values, thresholds and outcomes", arguments: InspectorCoverageExamples.all.map(\.name))
    func sameResults(_ name: String) throws {
        let example = try #require(InspectorCoverageExamples.all.first { $0.name == name })
        let (swift, pack) = try Self.parity.evaluate(example.input)
        let differences = PackParity.differences(pack, from: swift)
        #expect(differences.isEmpty, "\(differences)")
        // Every expectation of the module's example holds for the pack, except the per-zone warning.
        let mismatches = example.mismatches(in: pack).filter { !$0.hasPrefix("no warning zone_gaps") }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}
