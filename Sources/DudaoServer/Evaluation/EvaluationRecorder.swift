public import DudaoCore

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
}

/// Records nothing: the server's default until a store is configured.
public struct NoRecorder: EvaluationRecorder {
    public init() {}
    public func record(_ result: AssessmentResult, input: AssessmentInput, context: CallContext) async throws -> String? { nil }
}
