import DudaoAssessments
import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// 幼儿园等级评定 is the standard pack in this folder, served by the bundled registry under the id
/// the Swift module had; it gives the results the module gave (`frozen-results.json`) on every
/// worked example and shipped input, and the module's test holds for it.
struct KindergartenGradingTests {
    static let plugin = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let assessment = BundledAssessments.all.first { $0.descriptor.id == "zj-kindergarten-grading" }!

    @Test("the served pack gives the results of the Swift module it replaced")
    func frozen() async throws {
        #expect(Self.assessment is PackAssessment)
        let differences = try await FrozenResults.differences(of: Self.assessment, plugin: Self.plugin)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test("seven areas, weights adding up to 100, unknown weights tagged unconfirmed")
    func structure() {
        let descriptor = Self.assessment.descriptor
        #expect(descriptor.groups.count == 8)
        let weights = descriptor.editions[0].parameters.all.filter { $0.key.hasPrefix("weight.") }
        #expect(weights.count == 7)
        #expect(weights.compactMap(\.value.numberValue).reduce(0, +) == 100)
        #expect(weights.allSatisfy { $0.status == .unconfirmed })
    }
}
