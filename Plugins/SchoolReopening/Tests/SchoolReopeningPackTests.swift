import DudaoCore
import DudaoStandards
import Foundation
import SchoolReopeningAssessment
import Testing

/// The reopening checklist written as a standard pack (`Plugins/SchoolReopening/Pack`) gives the
/// Swift module's verdicts, values, thresholds and outcomes on every one of its worked examples.
/// What the pack does not give yet (listed in the module's README) is not compared here.
struct SchoolReopeningPackTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Pack").path

    static let parity = try! PackParity(module: SchoolReopeningAssessment(), packFolder: Self.folder)

    @Test("the pack gives the module's verdict, values, thresholds and outcomes", arguments: ReopeningExamples.all.map(\.name))
    func sameResults(_ name: String) throws {
        let example = try #require(ReopeningExamples.all.first { $0.name == name })
        let (swift, pack) = try Self.parity.evaluate(example.input)
        let differences = PackParity.differences(pack, from: swift)
        #expect(differences.isEmpty, "\(differences)")
        #expect(pack.findings.map(\.deadline) == swift.findings.map(\.deadline))
        // Every expectation of the module's example holds for the pack, except its named measures
        // and the warning listing undecided schools.
        let mismatches = example.mismatches(in: pack).filter { !$0.hasPrefix("measure ") && !$0.hasPrefix("no warning undecided_schools") }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}
