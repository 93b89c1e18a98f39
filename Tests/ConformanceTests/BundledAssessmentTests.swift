import DudaoAssessments
import DudaoCore
import DudaoTesting
import Foundation
import Testing

/// Every bundled assessment checked the same way: its descriptor, each of its worked examples,
/// and its shipped inputs under `Examples/<id>/`. A new assessment folder is picked up here with
/// no edit, because the list comes from `BundledAssessments.all`.
struct BundledAssessmentTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func conformance(_ id: String) throws -> AssessmentConformance {
        let assessment = try #require(BundledAssessments.all.first { $0.descriptor.id == id })
        return try AssessmentConformance(assessment)
    }

    static let ids = BundledAssessments.all.map(\.descriptor.id)

    /// `<assessment id> / <example name>` for every worked example.
    static let examples = BundledAssessments.all.flatMap { assessment in assessment.examples.map { "\(assessment.descriptor.id) / \($0.name)" } }

    @Test("the bundled registry builds: ids unique, no descriptor empty or broken")
    func registry() throws {
        #expect(try BundledAssessments.registry().ids == Self.ids)
    }

    @Test("the descriptor hangs together and the examples use every input field", arguments: BundledAssessmentTests.ids)
    func descriptor(_ id: String) throws {
        let conformance = try Self.conformance(id)
        let shipped = try conformance.shippedInputs(root: Self.root).flatMap(\.inputs)
        let problems = conformance.descriptorProblems(shipped: shipped)
        #expect(problems.isEmpty, "\(id): \(problems.joined(separator: "; "))")
    }

    @Test("the worked example gives its stated verdict and figures", arguments: BundledAssessmentTests.examples)
    func example(_ key: String) throws {
        let parts = key.components(separatedBy: " / ")
        let conformance = try Self.conformance(parts[0])
        let example = try #require(conformance.assessment.examples.first { $0.name == parts.dropFirst().joined(separator: " / ") })
        let problems = conformance.exampleProblems(example)
        #expect(problems.isEmpty, "\(key): \(problems.joined(separator: "; "))")
    }

    @Test("every input shipped under Examples/<id>/ evaluates", arguments: BundledAssessmentTests.ids)
    func shipped(_ id: String) throws {
        let problems = try Self.conformance(id).shippedProblems(root: Self.root)
        #expect(problems.isEmpty, "\(id): \(problems.joined(separator: "; "))")
    }
}
