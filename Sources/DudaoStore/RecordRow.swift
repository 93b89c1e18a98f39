import DudaoCore
import DudaoProto
import DudaoWire
import Foundation
import GRDB

/// How an ``EvaluationRecord`` and an ``AuditEntry`` map onto table rows.
///
/// Since schema v3 a record keeps its input once per input digest in the `inputs` table, the part
/// of its result shared by every evaluation under the same edition and parameters once per
/// digest in `result_templates` (``ResultTemplate``), and only its own facts in `result_body`;
/// all three are compressed protobuf messages (``CompressedBlob``), so re-evaluating the same data
/// costs only the facts. Records written before v3 keep
/// their canonical JSON in `input_json` and `result_json`, and are read from there. Every
/// filterable field has its own column, so listings never decode a body.
enum RecordRow {
    static let recordColumns = """
        id, assessment, edition, subject_kind, subject_code, subject_name, period, period_start, verdict,
        input_digest, input_json, result_json, caller_name, caller_identity, created_at, daemon_version, previous_record_id,
        result_body, result_template
        """

    /// The columns of a record with its input body, for reading.
    static let selection = """
        records.id, records.assessment, records.edition, records.subject_kind, records.subject_code, records.subject_name,
        records.period, records.period_start, records.verdict, records.input_digest, records.input_json, records.result_json,
        records.caller_name, records.caller_identity, records.created_at, records.daemon_version, records.previous_record_id,
        records.result_body, inputs.body AS input_body, result_templates.body AS template_body
        FROM records LEFT JOIN inputs ON inputs.digest = records.input_digest
        LEFT JOIN result_templates ON result_templates.digest = records.result_template
        """

    /// A record encoded for writing: the work done before the record joins a group commit, on the
    /// caller's thread, so the single writer only runs the SQL.
    ///
    /// It holds only what is written: the row's columns, the result's own facts, and the input
    /// and template bodies when the store does not know them to be stored already. A call waiting
    /// for its commit so holds a few kilobytes instead of its input and result.
    struct Prepared: Sendable {
        let id: String
        let inputDigest: String
        let createdAt: Int64
        /// The values of `recordColumns` but the two JSON bodies and the result's two.
        let columns: [DatabaseValue]
        /// The compressed input; `nil` when the store knows it is stored.
        let input: Data?
        let templateDigest: String
        /// The compressed template; `nil` when the store knows it is stored.
        let template: Data?
        /// The record's own facts, compressed.
        let result: Data

        /// - Parameter result: `record.result.proto`, taken apart in place.
        init(_ record: EvaluationRecord, result: consuming Dudao_V1_AssessmentResult, stored: StoredDigests, templates: TemplateCache) throws {
            let (template, facts) = try ResultTemplate.split(result, templates: templates)
            self.id = record.id
            self.inputDigest = record.inputDigest
            self.createdAt = record.createdAt
            let columns: [(any DatabaseValueConvertible)?] = [
                record.id, record.assessment, record.edition, record.subject.kind.rawValue, record.subject.code,
                record.subject.name, record.period.description, record.period.referenceDate.description,
                record.verdict.rawValue, record.inputDigest, record.caller.clientName,
                record.caller.authenticatedIdentity, record.createdAt, record.daemonVersion, record.previousRecordID,
            ]
            self.columns = columns.map { $0?.databaseValue ?? .null }
            self.input = stored.contains(record.inputDigest) ? nil : CompressedBlob.encode(try AssessmentInputWriter.bytes(record.input), level: .small)
            self.templateDigest = template.digest
            self.template = stored.contains(template.digest) ? nil : CompressedBlob.encode(template.body, level: .small)
            self.result = CompressedBlob.encode(try WirePayload.encode(facts), level: .fast)
        }
    }

    /// Inserts the record; its input and its result's template only when no record stored them yet.
    static func insert(_ prepared: Prepared, into db: Database) throws {
        try self.insertOnce(table: "inputs", digest: prepared.inputDigest, body: prepared.input, into: db)
        try self.insertOnce(table: "result_templates", digest: prepared.templateDigest, body: prepared.template, into: db)
        try db.execute(
            sql: "INSERT INTO records (\(self.recordColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, ?, ?, ?, ?, ?)",
            arguments: StatementArguments(prepared.columns + [prepared.result.databaseValue, prepared.templateDigest.databaseValue])
        )
    }

    /// Inserts `body` under `digest` unless a row holds it already.
    ///
    /// - Throws: ``DudaoError/Code/internal`` when the body was left out as stored and is not.
    private static func insertOnce(table: String, digest: String, body: Data?, into db: Database) throws {
        guard try !(Bool.fetchOne(db, sql: "SELECT 1 FROM \(table) WHERE digest = ?", arguments: [digest]) ?? false) else { return }
        guard let body else { throw DudaoError(.internal, "\(table) \(digest) was taken as stored and is not") }
        try db.execute(sql: "INSERT INTO \(table) (digest, body) VALUES (?, ?)", arguments: [digest, body])
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
            if let resultBody = row["result_body"] as Data? {
                guard let inputBody = row["input_body"] as Data? else { throw damaged("its input is not stored") }
                guard let templateBody = row["template_body"] as Data? else { throw damaged("its result template is not stored") }
                input = try AssessmentInput(proto: WirePayload.decode(Dudao_V1_AssessmentInput.self, from: CompressedBlob.decode(inputBody)))
                let facts = try WirePayload.decode(Dudao_V1_AssessmentResult.self, from: CompressedBlob.decode(resultBody))
                let template = try WirePayload.decode(Dudao_V1_AssessmentResult.self, from: CompressedBlob.decode(templateBody))
                result = try AssessmentResult(proto: ResultTemplate.join(template, facts: facts))
            } else {
                input = try CanonicalJSON.decode(AssessmentInput.self, from: Data((row["input_json"] as String).utf8))
                result = try CanonicalJSON.decode(AssessmentResult.self, from: Data((row["result_json"] as String).utf8))
            }
        } catch let error as DudaoError {
            throw error.code == .dataLoss ? error : damaged(error.message)
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
