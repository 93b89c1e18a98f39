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
        let record = EvaluationRecord(result: result, input: input, caller: context.caller, daemonVersion: self.daemonVersion)
        try await self.store.append(record)
        return record.id
    }
}
