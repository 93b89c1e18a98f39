import DudaoAssessments
import DudaoCore
import DudaoReport

/// Evaluates in this process with the bundled assessments: useful offline, and the same code the daemon runs.
struct LocalBackend: Backend {
    let registry: AssessmentRegistry

    init() throws {
        self.registry = try BundledAssessments.registry()
    }

    func list() async throws -> [AssessmentRow] { self.registry.descriptors.map(AssessmentRow.init) }

    func describe(id: String) async throws -> AssessmentDescriptor {
        guard let assessment = self.registry.assessment(id: id) else {
            throw DudaoError(.notFound, "no assessment with id \(id); known: \(self.registry.ids.joined(separator: ", "))")
        }
        return assessment.descriptor
    }

    func evaluate(_ input: AssessmentInput) async throws -> Evaluated {
        Evaluated(result: try self.registry.evaluate(input), recordID: nil)
    }

    func close() async {}

    func evaluateBatch(_ inputs: [AssessmentInput]) -> AsyncThrowingStream<BatchEvent, any Error> {
        let registry = self.registry
        return AsyncThrowingStream { continuation in
            var results: [AssessmentResult] = []
            for (index, input) in inputs.enumerated() {
                do {
                    let result = try registry.evaluate(input)
                    results.append(result)
                    continuation.yield(.item(index: index, outcome: .success(result), recordID: nil))
                } catch {
                    continuation.yield(.item(index: index, outcome: .failure(DudaoError.from(error)), recordID: nil))
                }
            }
            for id in Set(results.map(\.assessment)).sorted() {
                let group = results.filter { $0.assessment == id }
                if let summary = registry.assessment(id: id)?.summarize(group) {
                    continuation.yield(.summary(summary))
                }
            }
            continuation.finish()
        }
    }
}

extension DudaoError {
    /// Any error as a ``DudaoError``: convertible errors convert, anything else is INTERNAL.
    static func from(_ error: any Error) -> DudaoError {
        if let convertible = error as? any DudaoErrorConvertible { return convertible.dudaoError }
        return DudaoError(.internal, "\(error)")
    }
}
