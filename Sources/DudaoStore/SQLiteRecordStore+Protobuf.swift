public import DudaoCore
public import DudaoProto
public import DudaoWire
import Synchronization

extension SQLiteRecordStore: ProtobufRecordStore {
    public struct PreparedRecord: Sendable {
        let row: RecordRow.Prepared
    }

    public func prepare(_ record: EvaluationRecord, result: consuming Dudao_V1_AssessmentResult) throws -> PreparedRecord {
        PreparedRecord(row: try RecordRow.Prepared(record, result: result, stored: self.storedDigests, templates: self.templates))
    }

    func prepare(_ record: EvaluationRecord) throws -> PreparedRecord {
        PreparedRecord(row: try RecordRow.Prepared(record, result: record.result.proto, stored: self.storedDigests, templates: self.templates))
    }

    public func append(_ prepared: PreparedRecord, idempotencyKey key: IdempotencyKey?, audit: AuditEntry?) async throws -> EvaluationRecord? {
        // Writes run one after another, each in its savepoint of the group's transaction, so the
        // look-up of a key and the insert cannot interleave with another call's.
        let first = Mutex<EvaluationRecord?>(nil)
        let row = prepared.row
        try await self.groupCommit.write(durable: true, pool: self.writer) { db in
            let kept: EvaluationRecord?
            if let key {
                kept = try Self.insert(row, idempotencyKey: key, into: db)
            } else {
                try RecordRow.insert(row, into: db)
                kept = nil
            }
            if var audit {
                audit.recordID = kept?.id ?? row.id
                try RecordRow.insert(audit, into: db)
            }
            first.withLock { $0 = kept }
        }
        let kept = first.withLock { $0 }
        if kept == nil { self.storedDigests.insert(row) }
        return kept
    }
}
