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
        // One at a time: the same pipeline as the daemon's, in this process, in input order.
        let pipeline = BatchEvaluation(registry: self.registry, concurrency: 1)
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let batch = try await pipeline.run(
                        count: inputs.count,
                        subjectCode: { inputs[$0].subject.code },
                        prepare: { inputs[$0] },
                        finished: { item, _ in
                            continuation.yield(.item(index: item.index, outcome: item.outcome, recordID: item.recordID))
                        }
                    )
                    for summary in batch.summaries { continuation.yield(.summary(summary)) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
