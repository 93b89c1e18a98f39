public import DudaoCore
public import DudaoProto
import DudaoWire
import Foundation

/// Records each evaluation in a ``RecordStore``, committed before the answer is sent.
///
/// An official evaluation must be kept: when the store cannot be written the call fails with the
/// store's `UNAVAILABLE` rather than answering with a result nobody can later produce.
public struct StoreRecorder: EvaluationRecorder {
    public let store: any RecordStore
    /// Kept in every record, so a replay years later knows which code produced it.
    public let daemonVersion: String
    /// Told of each write's outcome, so that health reports evaluations NOT_SERVING while the
    /// store refuses writes.
    public let servingState: ServingState?

    public init(store: any RecordStore, daemonVersion: String = DudaoServer.version, servingState: ServingState? = nil) {
        self.store = store
        self.daemonVersion = daemonVersion
        self.servingState = servingState
    }

    /// How many years past the current one an official record's period may start: a school
    /// year that begins next year is planned now; one that begins in 2099 is a typing error.
    public static let futureYearsAllowed = 1

    public func record(_ result: AssessmentResult, input: AssessmentInput, context: CallContext) async throws -> String? {
        try await self.record(result, input: input, context: context, idempotencyKey: nil).recordID
    }

    public func record(
        _ result: AssessmentResult, input: AssessmentInput, context: CallContext, idempotencyKey: IdempotencyKey?
    ) async throws -> (recordID: String?, result: AssessmentResult) {
        let record = try self.officialRecord(result, input: input, context: context)
        let stored = try await self.commit(record, context: context, idempotencyKey: idempotencyKey)
        return (stored.id, stored.result)
    }

    public func record(
        _ result: consuming AssessmentResult, encoded: consuming Dudao_V1_AssessmentResult, input: consuming AssessmentInput,
        context: CallContext, idempotencyKey: IdempotencyKey?
    ) async throws -> (recordID: String?, replayed: AssessmentResult?) {
        let record = try self.officialRecord(result, input: input, context: context)
        // The record shares their storage; only it may hold on while the commit is awaited.
        _ = consume result
        _ = consume input
        guard let store = self.store as? any ProtobufRecordStore else {
            let id = record.id
            let stored = try await self.commit(record, context: context, idempotencyKey: idempotencyKey)
            return (stored.id, stored.id == id ? nil : stored.result)
        }
        return try await self.commit(record, encoded: encoded, to: store, context: context, idempotencyKey: idempotencyKey)
    }

    /// The record of an official evaluation.
    ///
    /// - Throws: `INVALID_ARGUMENT` for a period too far ahead to be kept as an official record.
    private func officialRecord(_ result: AssessmentResult, input: AssessmentInput, context: CallContext) throws -> EvaluationRecord {
        let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        guard input.period.startYear <= currentYear + Self.futureYearsAllowed else {
            throw DudaoError(
                .invalidArgument,
                "the period \(input.period) begins after \(currentYear + Self.futureYearsAllowed); an official record is not kept for it",
                violations: [
                    ValidationIssue(
                        path: "period", rule: .futurePeriod,
                        zh: "期间 \(input.period) 起始于 \(currentYear + Self.futureYearsAllowed) 年之后，不作为正式记录保存；试算请用 dudao evaluate --local",
                        en: "the period \(input.period) begins after \(currentYear + Self.futureYearsAllowed) and is not kept as an official record; for a what-if, use dudao evaluate --local"
                    )
                ]
            )
        }
        return EvaluationRecord(result: result, input: input, caller: context.caller, daemonVersion: self.daemonVersion)
    }

    /// Commits `record` and returns it, or the record first stored under `idempotencyKey`.
    private func commit(_ record: EvaluationRecord, context: CallContext, idempotencyKey: IdempotencyKey?) async throws -> EvaluationRecord {
        let stored = try await self.committing {
            if let audit = Self.batchAuditLine(of: record, context: context) {
                return try await self.store.append(record, idempotencyKey: idempotencyKey, audit: audit)
            }
            if let idempotencyKey { return try await self.store.append(record, idempotencyKey: idempotencyKey) }
            try await self.store.append(record)
            return record
        }
        if stored.id != record.id { ServerMetrics.idempotentReplay() }
        return stored
    }

    /// Commits `record` through a store that takes the result as converted for the answer; the
    /// record is let go of once prepared, so the wait for the commit holds only what is written.
    private func commit<Store: ProtobufRecordStore>(
        _ record: consuming EvaluationRecord, encoded: consuming Dudao_V1_AssessmentResult, to store: Store,
        context: CallContext, idempotencyKey: IdempotencyKey?
    ) async throws -> (recordID: String?, replayed: AssessmentResult?) {
        let audit = Self.batchAuditLine(of: record, context: context)
        let id = record.id
        let prepared = try store.prepare(record, result: encoded)
        _ = consume record
        let replayed = try await self.committing { try await store.append(prepared, idempotencyKey: idempotencyKey, audit: audit) }
        if replayed != nil { ServerMetrics.idempotentReplay() }
        return (replayed?.id ?? id, replayed?.result)
    }

    /// Runs a store write, telling the serving state and the metrics how it went.
    private func committing<T>(_ write: () async throws -> T) async throws -> T {
        let started = ContinuousClock.now
        let written: T
        do {
            written = try await write()
        } catch let error as DudaoError where error.code == .unavailable {
            self.servingState?.storeWriteFailed(error.message)
            throw error
        }
        self.servingState?.storeWriteSucceeded()
        ServerMetrics.storeCommitted(records: 1, duration: ContinuousClock.now - started)
        return written
    }

    /// A batch item's audit line, kept with its record: the batch's own line comes when the call
    /// ends, which a daemon killed mid-batch never reaches.
    private static func batchAuditLine(of record: EvaluationRecord, context: CallContext) -> AuditEntry? {
        context.method == WireMethod.evaluateBatch.rawValue ? Self.auditLine(of: record, context: context) : nil
    }

    /// The audit line of one batch item: the batch's call id, caller and trace id, the item's
    /// subject, and (set by the store) the id of the record kept for it.
    static func auditLine(of record: EvaluationRecord, context: CallContext) -> AuditEntry {
        AuditEntry(
            time: RecordID.now(),
            caller: context.caller,
            method: MetadataBounds.methodName(context.method),
            subjectCode: record.subject.code,
            recordID: record.id,
            status: .ok,
            message: "batch item recorded",
            durationMilliseconds: 0,
            callID: context.callID,
            traceID: context.metadata[MetadataKey.traceID]
        )
    }
}
