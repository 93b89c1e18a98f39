/// Durable, append-only storage of evaluation records and of the audit trail.
///
/// The daemon sends a response only after ``append(_:)`` has returned, so an acknowledged record
/// has been committed durably. Implementations keep records and audit entries immutable.
///
/// Every method may throw ``DudaoError``:
/// - ``DudaoError/Code/unavailable`` when the store cannot be written or read right now (read-only
///   data directory, disk full, database locked); the message says which. Reads keep working while
///   only writes fail, and a later call succeeds once the cause is gone.
/// - ``DudaoError/Code/invalidArgument`` for a bad filter or page token.
/// - ``DudaoError/Code/dataLoss`` when a stored row can no longer be decoded.
public protocol RecordStore: Sendable {
    /// Commits one record durably before returning.
    ///
    /// - Throws: ``DudaoError/Code/alreadyExists`` for a reused id, ``DudaoError/Code/failedPrecondition``
    ///   when ``EvaluationRecord/previousRecordID`` names no stored record, ``DudaoError/Code/unavailable``.
    func append(_ record: EvaluationRecord) async throws

    /// Commits several records in one transaction: all of them, or none (e.g. one batch call).
    func append(contentsOf records: [EvaluationRecord]) async throws

    /// Commits `record` under `key`, unless that key already names a record: then nothing is
    /// written and the stored record is returned, so a retried call answers as the first did.
    /// Key and record are committed in one transaction, and the key is unique in the store, so of
    /// two callers racing with one key (on one daemon or several) exactly one inserts.
    ///
    /// - Returns: `record` when it was committed now, else the record first stored under `key`.
    /// - Throws: ``DudaoError/Code/failedPrecondition`` when `key` names a record of another input
    ///   digest (see ``IdempotencyKey/conflict(_:storedRecordID:)``), and any error of ``append(_:)``.
    func append(_ record: EvaluationRecord, idempotencyKey key: IdempotencyKey) async throws -> EvaluationRecord

    /// Commits `record` (under `key`, when there is one, as ``append(_:idempotencyKey:)`` does)
    /// and `audit`, the audit line of the item that made it, with its ``AuditEntry/recordID`` set
    /// to the record kept; in one transaction where the store can.
    ///
    /// A call's own audit line is written when the call ends, which a daemon killed in the middle
    /// of a batch never reaches; committing each item's line with its record keeps every
    /// committed record in the trail. The default writes the two one after the other.
    func append(_ record: EvaluationRecord, idempotencyKey key: IdempotencyKey?, audit: AuditEntry) async throws -> EvaluationRecord

    /// - Throws: ``DudaoError/Code/notFound`` when no record has that id.
    func record(id: String) async throws -> EvaluationRecord

    /// Records matching `filter`, newest first.
    func records(matching filter: RecordFilter) async throws -> RecordPage

    /// Every record of one subject for one assessment, oldest period first, and within a period
    /// in the order they were made (so the last of a period is the latest judgement).
    func history(assessment: String, subjectCode: String) async throws -> [EvaluationRecord]

    /// Appends one entry to the audit trail.
    func appendAudit(_ entry: AuditEntry) async throws

    /// Appends several entries to the audit trail, in order, in one transaction where the store
    /// can: a busy daemon audits hundreds of calls a second, more than one write each can carry.
    func appendAudit(contentsOf entries: [AuditEntry]) async throws

    /// Gives back memory the store holds only to be faster (page caches, idle connections); the
    /// daemon calls it now and then, so that memory taken under load is returned afterwards.
    func releaseMemory() async

    /// Audit entries matching `filter`, newest first.
    func audit(matching filter: AuditFilter) async throws -> AuditPage

    /// Whether the store can be read and written now; never throws.
    func health() async -> StoreHealth

    /// Keeps a version of a standard pack that serves results; keeping one already kept (same
    /// assessment and version) changes nothing.
    func keepStandard(_ version: StandardVersion) async throws

    /// Every standard pack version kept, oldest first.
    func standardVersions() async throws -> [StandardVersion]
}

extension RecordStore {
    /// The entries one after the other.
    public func appendAudit(contentsOf entries: [AuditEntry]) async throws {
        for entry in entries { try await self.appendAudit(entry) }
    }

    /// Nothing to give back.
    public func releaseMemory() async {}

    /// The record, then its audit line, in two writes (see the requirement for why they belong together).
    public func append(_ record: EvaluationRecord, idempotencyKey key: IdempotencyKey?, audit: AuditEntry) async throws -> EvaluationRecord {
        let stored: EvaluationRecord
        if let key {
            stored = try await self.append(record, idempotencyKey: key)
        } else {
            try await self.append(record)
            stored = record
        }
        var audit = audit
        audit.recordID = stored.id
        try await self.appendAudit(audit)
        return stored
    }

    /// Every record matching `filter`, newest first, read page by page (for a CSV export).
    ///
    /// - Parameter limit: The most records to return, so one export cannot exhaust memory.
    /// - Throws: ``DudaoError/Code/resourceExhausted`` when more than `limit` records match;
    ///   narrow the filter. Any error of ``records(matching:)``.
    public func allRecords(matching filter: RecordFilter, limit: Int = 100_000) async throws -> [EvaluationRecord] {
        var filter = filter
        filter.pageSize = RecordFilter.maximumPageSize
        filter.pageToken = nil
        var records: [EvaluationRecord] = []
        repeat {
            let page = try await self.records(matching: filter)
            records += page.records
            guard records.count <= limit else {
                throw DudaoError(.resourceExhausted, "more than \(limit) records match; narrow the filter (region, period, time range)")
            }
            filter.pageToken = page.nextPageToken
        } while filter.pageToken != nil
        return records
    }
}
