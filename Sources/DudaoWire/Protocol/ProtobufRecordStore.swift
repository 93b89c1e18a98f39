public import DudaoCore
public import DudaoProto

/// A record store that keeps results as protocol buffers, so an official evaluation's result is
/// converted once, for both the answer and the record.
///
/// Recording is split in two: ``prepare(_:result:)`` encodes what will be written, and
/// ``append(_:idempotencyKey:audit:)`` commits it. Between the two the caller can let go of the
/// input and the result, so a call waiting for a group commit holds a few kilobytes.
public protocol ProtobufRecordStore: RecordStore {
    /// What is written for one record, encoded ahead of its commit.
    associatedtype PreparedRecord: Sendable

    /// Encodes `record` for writing; `result` must be `record.result.proto`. It is taken, not
    /// borrowed, so that the store can take it apart in place.
    func prepare(_ record: EvaluationRecord, result: consuming Dudao_V1_AssessmentResult) throws -> PreparedRecord

    /// Commits a prepared record, under `key` and with `audit` when given, as
    /// ``RecordStore/append(_:idempotencyKey:audit:)`` does.
    ///
    /// - Returns: `nil` when the prepared record was stored; the record first stored under `key`
    ///   when the key names one already.
    func append(_ prepared: PreparedRecord, idempotencyKey key: IdempotencyKey?, audit: AuditEntry?) async throws -> EvaluationRecord?
}
