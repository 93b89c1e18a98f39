public import DudaoCore
public import DudaoProto

/// Keeps a durable record of each evaluation before its result is sent.
///
/// The server calls ``record(_:input:context:)`` after an evaluation succeeds and before the
/// response leaves; if it throws, the caller gets the error instead of an unrecorded result. A
/// store that cannot write should throw `UNAVAILABLE`.
public protocol EvaluationRecorder: Sendable {
    /// Stores `result`, evaluated from `input`, durably with the call's caller and metadata.
    ///
    /// - Returns: The id of the stored record, sent to the caller as `record_id`; `nil` when
    ///   nothing is stored.
    func record(_ result: AssessmentResult, input: AssessmentInput, context: CallContext) async throws -> String?

    /// Stores `result` under `idempotencyKey`, unless the key already names a record.
    ///
    /// - Returns: The id of the record the caller gets and its result: the one stored now, or the
    ///   one first stored under the key (so a retry is answered exactly as the first call was).
    /// - Throws: `FAILED_PRECONDITION` when the key was used for another input.
    func record(
        _ result: AssessmentResult, input: AssessmentInput, context: CallContext, idempotencyKey: IdempotencyKey?
    ) async throws -> (recordID: String?, result: AssessmentResult)

    /// Stores an official evaluation whose result the caller has converted for its answer.
    ///
    /// The input and both forms of the result are taken, not borrowed, so a recorder can take the
    /// converted result apart without copying it and let go of all three while the record waits
    /// for its commit.
    ///
    /// - Returns: The id of the record the caller gets and, when `idempotencyKey` names a record
    ///   stored before, that record's result, which is answered instead.
    func record(
        _ result: consuming AssessmentResult, encoded: consuming Dudao_V1_AssessmentResult, input: consuming AssessmentInput,
        context: CallContext, idempotencyKey: IdempotencyKey?
    ) async throws -> (recordID: String?, replayed: AssessmentResult?)
}

extension EvaluationRecorder {
    /// A recorder that keeps no keys answers every call with its own result.
    public func record(
        _ result: AssessmentResult, input: AssessmentInput, context: CallContext, idempotencyKey: IdempotencyKey?
    ) async throws -> (recordID: String?, result: AssessmentResult) {
        (try await self.record(result, input: input, context: context), result)
    }

    /// Records through ``record(_:input:context:idempotencyKey:)``; a stored result other than
    /// this one is a replay.
    public func record(
        _ result: consuming AssessmentResult, encoded: consuming Dudao_V1_AssessmentResult, input: consuming AssessmentInput,
        context: CallContext, idempotencyKey: IdempotencyKey?
    ) async throws -> (recordID: String?, replayed: AssessmentResult?) {
        let result = result
        let recorded = try await self.record(result, input: input, context: context, idempotencyKey: idempotencyKey)
        return (recorded.recordID, recorded.result == result ? nil : recorded.result)
    }
}

/// Records nothing: the server's default until a store is configured.
public struct NoRecorder: EvaluationRecorder {
    public init() {}
    public func record(_ result: AssessmentResult, input: AssessmentInput, context: CallContext) async throws -> String? { nil }
}
