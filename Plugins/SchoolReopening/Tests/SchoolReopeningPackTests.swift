import DudaoCore
import DudaoStandards
import Foundation
import SchoolReopeningAssessment
import Testing

/// The pack beside the module (`Plugins/SchoolReopening/Pack`) gives the module's results on every
/// worked example and shipped input, as frozen in `frozen-results.json`.
struct SchoolReopeningPackTests {
    static let plugin = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let shipped = plugin.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/zj-school-reopening-check")
    static let frozen = plugin.appendingPathComponent("Tests/frozen-results.json")

    @Test("the module gives its frozen results, and the pack gives the same")
    func parity() throws {
        #expect(try FrozenResults.differences(of: SchoolReopeningAssessment(), shipped: Self.shipped, frozen: Self.frozen).isEmpty)
        let pack = try PackLoader().load(try PackSource.read(folder: Self.plugin.appendingPathComponent("Pack").path)).assessment
        let differences = try FrozenResults(pack, shipped: Self.shipped).differences(from: FrozenResults(contentsOf: Self.frozen))
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }
}
