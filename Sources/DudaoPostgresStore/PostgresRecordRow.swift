import DudaoCore
import Foundation
import PostgresNIO

/// How an ``EvaluationRecord`` and an ``AuditEntry`` map onto PostgreSQL rows: the same columns,
/// and the same canonical JSON for input and result, as the SQLite store, so a record reads back
/// identically from either.
enum PostgresRecordRow {
    static let recordColumns = """
        id, assessment, edition, subject_kind, subject_code, subject_name, period, period_start, verdict, \
        input_digest, input_json, result_json, caller_name, caller_identity, created_at, daemon_version, previous_record_id
        """

    static let auditColumns = """
        seq, time, client_name, authenticated_identity, method, subject_code, record_id, \
        status_code, status_name, message, duration_ms, call_id, trace_id
        """

    static func insert(_ record: EvaluationRecord) throws -> PostgresQuery {
        var binds = PostgresBindings(capacity: 17)
        binds.append(record.id)
        binds.append(record.assessment)
        binds.append(record.edition)
        binds.append(record.subject.kind.rawValue)
        binds.append(record.subject.code)
        binds.append(record.subject.name)
        binds.append(record.period.description)
        binds.append(record.period.referenceDate.description)
        binds.append(record.verdict.rawValue)
        binds.append(record.inputDigest)
        binds.append(String(decoding: try CanonicalJSON.encode(record.input), as: UTF8.self))
        binds.append(String(decoding: try CanonicalJSON.encode(record.result), as: UTF8.self))
        binds.append(record.caller.clientName)
        binds.append(record.caller.authenticatedIdentity)
        binds.append(record.createdAt)
        binds.append(record.daemonVersion)
        binds.append(record.previousRecordID)
        let placeholders = (1...17).map { "$\($0)" }.joined(separator: ", ")
        return PostgresQuery(unsafeSQL: "INSERT INTO records (\(self.recordColumns)) VALUES (\(placeholders))", binds: binds)
    }

    /// - Throws: ``DudaoError/Code/dataLoss`` when a stored row no longer decodes.
    static func record(_ row: PostgresRow) throws -> EvaluationRecord {
        let cells = row.makeRandomAccess()
        let id = try cells["id"].decode(String.self)
        func damaged(_ what: String) -> DudaoError {
            DudaoError(.dataLoss, "stored record \(id) cannot be read: \(what)")
        }
        let kindText = try cells["subject_kind"].decode(String.self)
        guard let kind = SubjectKind(rawValue: kindText) else { throw damaged("unknown subject kind \(kindText)") }
        let periodText = try cells["period"].decode(String.self)
        guard let period = Period(periodText) else { throw damaged("bad period \(periodText)") }
        let input: AssessmentInput
        let result: AssessmentResult
        do {
            input = try CanonicalJSON.decode(AssessmentInput.self, from: Data(try cells["input_json"].decode(String.self).utf8))
            result = try CanonicalJSON.decode(AssessmentResult.self, from: Data(try cells["result_json"].decode(String.self).utf8))
        } catch let error as DudaoError {
            throw damaged(error.message)
        }
        return EvaluationRecord(
            id: id,
            assessment: try cells["assessment"].decode(String.self),
            edition: try cells["edition"].decode(String.self),
            subject: Subject(kind: kind, code: try cells["subject_code"].decode(String.self), name: try cells["subject_name"].decode(String.self)),
            period: period,
            input: input,
            inputDigest: try cells["input_digest"].decode(String.self),
            result: result,
            caller: CallerIdentity(
                clientName: try cells["caller_name"].decode(String.self),
                authenticatedIdentity: try cells["caller_identity"].decode(String?.self)
            ),
            createdAt: try cells["created_at"].decode(Int64.self),
            daemonVersion: try cells["daemon_version"].decode(String.self),
            previousRecordID: try cells["previous_record_id"].decode(String?.self)
        )
    }

    static func insert(_ entry: AuditEntry) -> PostgresQuery {
        var binds = PostgresBindings(capacity: 12)
        binds.append(entry.time)
        binds.append(entry.caller.clientName)
        binds.append(entry.caller.authenticatedIdentity)
        binds.append(entry.method)
        binds.append(entry.subjectCode)
        binds.append(entry.recordID)
        binds.append(Int32(entry.status.rawValue))
        binds.append(entry.status.name)
        binds.append(entry.message)
        binds.append(Int64(entry.durationMilliseconds))
        binds.append(entry.callID)
        binds.append(entry.traceID)
        return PostgresQuery(
            unsafeSQL: """
                INSERT INTO audit (time, client_name, authenticated_identity, method, subject_code, record_id,
                    status_code, status_name, message, duration_ms, call_id, trace_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                """,
            binds: binds
        )
    }

    /// The entry and its sequence number, the key of the audit trail's paging.
    static func auditEntry(_ row: PostgresRow) throws -> (entry: AuditEntry, sequence: Int64) {
        let cells = row.makeRandomAccess()
        let entry = AuditEntry(
            time: try cells["time"].decode(Int64.self),
            caller: CallerIdentity(
                clientName: try cells["client_name"].decode(String.self),
                authenticatedIdentity: try cells["authenticated_identity"].decode(String?.self)
            ),
            method: try cells["method"].decode(String.self),
            subjectCode: try cells["subject_code"].decode(String?.self),
            recordID: try cells["record_id"].decode(String?.self),
            status: DudaoError.Code(rawValue: Int(try cells["status_code"].decode(Int32.self))),
            message: try cells["message"].decode(String?.self),
            durationMilliseconds: try cells["duration_ms"].decode(Int64.self),
            callID: try cells["call_id"].decode(String.self),
            traceID: try cells["trace_id"].decode(String?.self)
        )
        return (entry, try cells["seq"].decode(Int64.self))
    }
}
