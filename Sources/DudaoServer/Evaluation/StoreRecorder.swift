public import DudaoCore
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
        let record = EvaluationRecord(result: result, input: input, caller: context.caller, daemonVersion: self.daemonVersion)
        let started = ContinuousClock.now
        let stored: EvaluationRecord
        do {
            if context.method == WireMethod.evaluateBatch.rawValue {
                // The batch's own audit line comes when the call ends, which a daemon killed
                // mid-batch never reaches: each item's record is committed with a line of its own.
                stored = try await self.store.append(record, idempotencyKey: idempotencyKey, audit: Self.auditLine(of: record, context: context))
                if stored.id != record.id { ServerMetrics.idempotentReplay() }
            } else if let idempotencyKey {
                stored = try await self.store.append(record, idempotencyKey: idempotencyKey)
                if stored.id != record.id { ServerMetrics.idempotentReplay() }
            } else {
                try await self.store.append(record)
                stored = record
            }
        } catch let error as DudaoError where error.code == .unavailable {
            self.servingState?.storeWriteFailed(error.message)
            throw error
        }
        self.servingState?.storeWriteSucceeded()
        ServerMetrics.storeCommitted(records: 1, duration: ContinuousClock.now - started)
        return (stored.id, stored.result)
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
