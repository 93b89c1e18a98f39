import DudaoCore
import Foundation
import GRDB

/// How an ``EvaluationRecord`` and an ``AuditEntry`` map onto table rows.
///
/// Input and result are stored as canonical JSON text (not blobs), so `sqlite3 records.sqlite
/// "select result_json from records"` shows them readably; every filterable field also has its own
/// column so listings never parse JSON.
enum RecordRow {
    static let recordColumns = """
        id, assessment, edition, subject_kind, subject_code, subject_name, period, period_start, verdict,
        input_digest, input_json, result_json, caller_name, caller_identity, created_at, daemon_version, previous_record_id
        """

    static func insert(_ record: EvaluationRecord, into db: Database) throws {
        let input = String(decoding: try CanonicalJSON.encode(record.input), as: UTF8.self)
        let result = String(decoding: try CanonicalJSON.encode(record.result), as: UTF8.self)
        try db.execute(
            sql: "INSERT INTO records (\(self.recordColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                record.id, record.assessment, record.edition, record.subject.kind.rawValue, record.subject.code,
                record.subject.name, record.period.description, record.period.referenceDate.description,
                record.verdict.rawValue, record.inputDigest, input, result, record.caller.clientName,
                record.caller.authenticatedIdentity, record.createdAt, record.daemonVersion, record.previousRecordID,
            ]
        )
    }

    /// - Throws: ``DudaoError/Code/dataLoss`` when a stored row no longer decodes.
    static func record(_ row: Row) throws -> EvaluationRecord {
        let id: String = row["id"]
        func damaged(_ what: String) -> DudaoError {
            DudaoError(.dataLoss, "stored record \(id) cannot be read: \(what)")
        }
        let kindText: String = row["subject_kind"]
        guard let kind = SubjectKind(rawValue: kindText) else { throw damaged("unknown subject kind \(kindText)") }
        let periodText: String = row["period"]
        guard let period = Period(periodText) else { throw damaged("bad period \(periodText)") }
        let input: AssessmentInput
        let result: AssessmentResult
        do {
            input = try CanonicalJSON.decode(AssessmentInput.self, from: Data((row["input_json"] as String).utf8))
            result = try CanonicalJSON.decode(AssessmentResult.self, from: Data((row["result_json"] as String).utf8))
        } catch let error as DudaoError {
            throw damaged(error.message)
        }
        return EvaluationRecord(
            id: id,
            assessment: row["assessment"],
            edition: row["edition"],
            subject: Subject(kind: kind, code: row["subject_code"], name: row["subject_name"]),
            period: period,
            input: input,
            inputDigest: row["input_digest"],
            result: result,
            caller: CallerIdentity(clientName: row["caller_name"], authenticatedIdentity: row["caller_identity"]),
            createdAt: row["created_at"],
            daemonVersion: row["daemon_version"],
            previousRecordID: row["previous_record_id"]
        )
    }

    static func insert(_ entry: AuditEntry, into db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO audit (time, client_name, authenticated_identity, method, subject_code, record_id,
                    status_code, status_name, message, duration_ms, call_id, trace_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                entry.time, entry.caller.clientName, entry.caller.authenticatedIdentity, entry.method, entry.subjectCode,
                entry.recordID, entry.status.rawValue, entry.status.name, entry.message, entry.durationMilliseconds,
                entry.callID, entry.traceID,
            ]
        )
    }

    static func auditEntry(_ row: Row) -> AuditEntry {
        AuditEntry(
            time: row["time"],
            caller: CallerIdentity(clientName: row["client_name"], authenticatedIdentity: row["authenticated_identity"]),
            method: row["method"],
            subjectCode: row["subject_code"],
            recordID: row["record_id"],
            status: DudaoError.Code(rawValue: row["status_code"] as Int),
            message: row["message"],
            durationMilliseconds: row["duration_ms"],
            callID: row["call_id"],
            traceID: row["trace_id"]
        )
    }
}
