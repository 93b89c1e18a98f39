import DudaoClient
import DudaoCore
import DudaoReport

/// Evaluates on a `dudaod` daemon through the client library; every evaluation is recorded there
/// unless it is a preview.
struct RemoteBackend: Backend {
    let client: DudaoClient
    /// Ask for previews: evaluated and audited by the daemon, not stored.
    var preview = false

    func list() async throws -> [AssessmentRow] {
        try await self.client.list().map { listing in
            AssessmentRow(id: listing.id, version: listing.version, titleZh: listing.titleZh, titleEn: listing.titleEn, editions: listing.editions.map(\.id))
        }
    }

    func describe(id: String) async throws -> AssessmentDescriptor {
        try await self.client.describe(id: id)
    }

    func evaluate(_ input: AssessmentInput) async throws -> Evaluated {
        let recorded = try await self.client.evaluateRecorded(input, preview: self.preview)
        return Evaluated(result: recorded.result, recordID: recorded.recordID)
    }

    func evaluateBatch(_ inputs: [AssessmentInput]) -> AsyncThrowingStream<BatchEvent, any Error> {
        let events = self.client.evaluateBatch(inputs, preview: self.preview)
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    for try await event in events {
                        switch event {
                        case .item(let item):
                            continuation.yield(.item(index: item.index, outcome: item.outcome, recordID: item.recordID))
                        case .progress:
                            break
                        case .done(let done):
                            if let summary = done.summary { continuation.yield(.summary(summary)) }
                        }
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    func close() async {
        await self.client.close()
    }
}
