public import DudaoCore
import DudaoProto
public import DudaoWire
import Foundation

extension DudaoClient {
    /// One stored record, complete with its input and result.
    ///
    /// - Throws: ``DudaoError`` `NOT_FOUND` for an unknown id; `UNIMPLEMENTED` when the server
    ///   keeps no records.
    public func record(id: String, metadata: [String: String] = [:]) async throws -> EvaluationRecord {
        var request = Dudao_V1_GetRecordRequest()
        request.id = id
        let response: Dudao_V1_GetRecordResponse = try await self.unary(.getRecord, request, metadata: metadata)
        return try EvaluationRecord(proto: response.record)
    }

    /// One page of the records matching `filter`, newest first.
    public func records(matching filter: RecordFilter, metadata: [String: String] = [:]) async throws -> RecordSummaryPage {
        let response: Dudao_V1_ListRecordsResponse = try await self.unary(.listRecords, filter.proto, metadata: metadata)
        return RecordSummaryPage(
            records: try response.records.map(RecordSummary.init(proto:)),
            nextPageToken: response.nextPageToken.isEmpty ? nil : response.nextPageToken
        )
    }

    /// Re-runs a stored record and says whether the result is identical, listing every difference.
    public func replay(id: String, metadata: [String: String] = [:]) async throws -> ReplayReport {
        var request = Dudao_V1_ReplayRecordRequest()
        request.id = id
        let response: Dudao_V1_ReplayRecordResponse = try await self.unary(.replayRecord, request, metadata: metadata)
        let differences = response.differences.map { proto in
            ResultDifference(path: proto.path, before: proto.stored.isEmpty ? nil : proto.stored, after: proto.replayed.isEmpty ? nil : proto.replayed)
        }
        return ReplayReport(recordID: response.record.id, edition: response.record.edition, differences: differences, replayed: try AssessmentResult(proto: response.replayed))
    }

    /// Evaluates a stored record's subject again (回头看) and compares the two results.
    ///
    /// - Parameters:
    ///   - newInput: New data for the subject; `nil` re-evaluates the stored input under the
    ///     edition in force now.
    ///   - store: Keep the new result as a record linked to the earlier one.
    public func lookBack(id: String, newInput: AssessmentInput? = nil, store: Bool = false, metadata: [String: String] = [:]) async throws -> LookBackOutcome {
        var request = Dudao_V1_LookBackRequest()
        request.recordID = id
        if let newInput {
            request.newInput = newInput.proto
        } else {
            request.storedInput = Dudao_V1_StoredInputBasis()
        }
        request.store = store
        let response: Dudao_V1_LookBackResponse = try await self.unary(.lookBack, request, metadata: metadata)
        let earlier = try EvaluationRecord(proto: response.previous)
        let result = try AssessmentResult(proto: response.result)
        return LookBackOutcome(
            earlier: earlier,
            result: result,
            // Rebuilt from both complete results, so it carries every detail the wire's
            // comparison message summarises.
            comparison: ResultComparison(before: earlier.result, after: result, earlierRecordID: earlier.id),
            recordID: response.recordID.isEmpty ? nil : response.recordID
        )
    }

    /// Every record of one subject under one assessment, oldest period first; within a period the
    /// latest record only, unless `includeSuperseded`.
    public func history(assessment: String, subjectCode: String, includeSuperseded: Bool = false, metadata: [String: String] = [:]) async throws -> [RecordSummary] {
        var request = Dudao_V1_SubjectHistoryRequest()
        request.assessment = assessment
        request.subjectCode = subjectCode
        request.includeSuperseded = includeSuperseded
        let response: Dudao_V1_SubjectHistoryResponse = try await self.unary(.subjectHistory, request, metadata: metadata)
        return try response.entries.flatMap { entry in try entry.records.map(RecordSummary.init(proto:)) }
    }

    /// One page of the audit trail, newest first.
    public func audit(matching filter: AuditFilter, metadata: [String: String] = [:]) async throws -> AuditPage {
        let response: Dudao_V1_AuditQueryResponse = try await self.unary(.auditQuery, filter.proto, metadata: metadata)
        return AuditPage(entries: response.events.map(AuditEntry.init(proto:)), nextPageToken: response.nextPageToken.isEmpty ? nil : response.nextPageToken)
    }
}

/// One page of record summaries, newest first.
public struct RecordSummaryPage: Sendable, Hashable {
    public var records: [RecordSummary]
    /// Pass as ``RecordFilter/pageToken`` for the next page; `nil` on the last page.
    public var nextPageToken: String?

    public init(records: [RecordSummary], nextPageToken: String?) {
        self.records = records
        self.nextPageToken = nextPageToken
    }
}

/// A look-back as the client sees it: the earlier record, the new result, their comparison, and
/// the new record's id when it was stored.
public struct LookBackOutcome: Sendable, Hashable {
    public var earlier: EvaluationRecord
    public var result: AssessmentResult
    public var comparison: ResultComparison
    public var recordID: String?
}
