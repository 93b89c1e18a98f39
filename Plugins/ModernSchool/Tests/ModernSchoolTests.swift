import DudaoAssessments
import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// 现代化学校 is the standard pack in this folder, served by the bundled registry under the id the
/// Swift module had; it gives the results the module gave (`frozen-results.json`) on every worked
/// example and shipped input, and the module's tests hold for it.
struct ModernSchoolTests {
    static let plugin = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let registry = try! BundledAssessments.registry()
    static let assessment = BundledAssessments.all.first { $0.descriptor.id == "zj-modern-school" }!

    @Test("the served pack gives the results of the Swift module it replaced")
    func frozen() async throws {
        #expect(Self.assessment is PackAssessment)
        let differences = try await FrozenResults.differences(of: Self.assessment, plugin: Self.plugin)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test("an unknown school type is refused with its path")
    func schoolType() throws {
        var input = Self.assessment.examples[0].input
        input.facts["school_type"] = "university"
        do {
            _ = try Self.registry.evaluate(input)
            Issue.record("expected an error")
        } catch let error as DudaoError {
            #expect(error.violations.map(\.path) == ["facts.school_type"])
        }
    }

    @Test("the recognition line is a parameter: 80 points pass a line of 80")
    func line() throws {
        var input = try #require(Self.assessment.examples.first { $0.name == "not recognised at 80" }).input
        input.parameterOverrides = ["recognition_score": .number(80)]
        #expect(try Self.registry.evaluate(input).verdict == .pass)
    }
}
