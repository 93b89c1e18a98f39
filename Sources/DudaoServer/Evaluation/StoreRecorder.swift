public import DudaoCore

/// Records each evaluation in a ``RecordStore``, committed before the answer is sent.
///
/// An official evaluation must be kept: when the store cannot be written the call fails with the
/// store's `UNAVAILABLE` rather than answering with a result nobody can later produce.
public struct StoreRecorder: EvaluationRecorder {
    public let store: any RecordStore
    /// Kept in every record, so a replay years later knows which code produced it.
    public let daemonVersion: String

    public init(store: any RecordStore, daemonVersion: String = DudaoServer.version) {
        self.store = store
        self.daemonVersion = daemonVersion
    }

    public func record(_ result: AssessmentResult, input: AssessmentInput, context: CallContext) async throws -> String? {
        try await self.record(result, input: input, context: context, idempotencyKey: nil).recordID
    }

    public func record(
        _ result: AssessmentResult, input: AssessmentInput, context: CallContext, idempotencyKey: IdempotencyKey?
    ) async throws -> (recordID: String?, result: AssessmentResult) {
        let record = EvaluationRecord(result: result, input: input, caller: context.caller, daemonVersion: self.daemonVersion)
        let started = ContinuousClock.now
        let stored: EvaluationRecord
        if let idempotencyKey {
            stored = try await self.store.append(record, idempotencyKey: idempotencyKey)
            if stored.id != record.id { ServerMetrics.idempotentReplay() }
        } else {
            try await self.store.append(record)
            stored = record
        }
        ServerMetrics.storeCommitted(records: 1, duration: ContinuousClock.now - started)
        return (stored.id, stored.result)
    }
}
