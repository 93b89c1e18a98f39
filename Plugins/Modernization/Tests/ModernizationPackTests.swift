import DudaoCore
import DudaoStandards
import Foundation
import ModernizationAssessment
import Testing

/// The pack beside the module (`Plugins/Modernization/Pack`) gives the module's results on every
/// worked example and shipped input, and its descriptor, as frozen in `frozen-results.json`. The
/// province view is the gap listed in the module's README: the pack's batch summary is the core's
/// ranking of a tree, not the module's view, so the summaries are not compared.
struct ModernizationPackTests {
    static let plugin = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let shipped = plugin.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/zj-county-education-modernization")
    static let frozen = plugin.appendingPathComponent("Tests/frozen-results.json")

    @Test("the module gives its frozen results, and the pack the same results and descriptor")
    func parity() throws {
        #expect(try FrozenResults.differences(of: ModernizationAssessment(), shipped: Self.shipped, frozen: Self.frozen).isEmpty)
        let pack = try PackLoader().load(try PackSource.read(folder: Self.plugin.appendingPathComponent("Pack").path)).assessment
        let differences = try FrozenResults(pack, shipped: Self.shipped).differences(from: FrozenResults(contentsOf: Self.frozen))
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test("a zone outside the project's codes is refused by the pack as by the module")
    func zoneCodes() throws {
        let pack = try PackLoader().load(try PackSource.read(folder: Self.plugin.appendingPathComponent("Pack").path)).assessment
        var input = ModernizationExamples.all[0].input
        input.subject = Subject(kind: .zone, code: "330199", name: "某开发区")
        for registry in [try AssessmentRegistry([ModernizationAssessment()]), try AssessmentRegistry([pack])] {
            do {
                _ = try registry.evaluate(input)
                Issue.record("expected an error")
            } catch let error as DudaoError {
                #expect(error.violations.map(\.rule) == [.invalidCode])
                #expect(error.violations.map(\.path) == ["subject.code"])
            }
            input.subject = Subject(kind: .zone, code: "3304ED", name: "嘉兴经济技术开发区")
            #expect(try registry.evaluate(input).verdict == .pass)
            input.subject = Subject(kind: .zone, code: "330199", name: "某开发区")
        }
    }
}
