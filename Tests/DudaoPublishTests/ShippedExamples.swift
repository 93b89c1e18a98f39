import DudaoAssessments
import DudaoCore
import Foundation

/// The shipped example inputs, evaluated with the bundled assessments.
enum ShippedExamples {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func inputs(_ path: String) throws -> [AssessmentInput] {
        let data = try Data(contentsOf: self.root.appendingPathComponent("Examples").appendingPathComponent(path))
        if data.first(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) == UInt8(ascii: "[") {
            return try CanonicalJSON.decode([AssessmentInput].self, from: data)
        }
        return [try CanonicalJSON.decode(AssessmentInput.self, from: data)]
    }

    static func result(_ path: String) throws -> AssessmentResult {
        try BundledAssessments.registry().evaluate(try self.inputs(path)[0])
    }

    /// Every result of a multi-county file and the assessment's batch view of them.
    static func batch(_ path: String) throws -> (results: [AssessmentResult], summaries: [BatchSummary]) {
        let registry = try BundledAssessments.registry()
        let results = try self.inputs(path).map { try registry.evaluate($0) }
        let summaries = Set(results.map(\.assessment)).sorted().compactMap { id in
            registry.assessment(id: id)?.summarize(results.filter { $0.assessment == id })
        }
        return (results, summaries)
    }
}
