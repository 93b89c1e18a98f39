public import DudaoCore
import DudaoProto
import DudaoWire
import Foundation

/// `dudao.v1.Records` and `dudao.v1.Audit`: stored evaluations read back, replayed, looked back on,
/// followed across years, and the audit trail.
///
/// Reads work while the store cannot be written; only a look-back asked to store its result
/// needs a writable store, and fails `UNAVAILABLE` without one.
public struct RecordsService: DudaoService {
    public let store: any RecordStore
    public let registry: AssessmentRegistry
    public let daemonVersion: String

    public init(store: any RecordStore, registry: AssessmentRegistry, daemonVersion: String = DudaoServer.version) {
        self.store = store
        self.registry = registry
        self.daemonVersion = daemonVersion
    }

    public func registerMethods(with dispatcher: inout Dispatcher) {
        dispatcher.register(WireMethod.getRecord.rawValue) { (request: Dudao_V1_GetRecordRequest, context) in
            context.notes.recordID = request.id
            let record = try await self.store.record(id: request.id)
            try context.checkReadable(record, id: request.id)
            context.notes.subjectCode = record.subject.code
            var response = Dudao_V1_GetRecordResponse()
            response.record = record.proto
            return response
        }
        dispatcher.register(WireMethod.listRecords.rawValue) { (request: Dudao_V1_ListRecordsRequest, context) in
            var filter = try RecordFilter(proto: request)
            try filter.validate()
            guard let scoped = try context.scopedRegionPrefix(filter.regionPrefix) else {
                return Dudao_V1_ListRecordsResponse()
            }
            filter.regionPrefix = scoped
            let page = try await self.store.records(matching: filter)
            var response = Dudao_V1_ListRecordsResponse()
            response.records = page.records.map(\.summaryProto)
            response.nextPageToken = page.nextPageToken ?? ""
            return response
        }
        dispatcher.register(WireMethod.replayRecord.rawValue) { (request: Dudao_V1_ReplayRecordRequest, context) in
            try await self.replay(request, context: context)
        }
        dispatcher.register(WireMethod.lookBack.rawValue) { (request: Dudao_V1_LookBackRequest, context) in
            try await self.lookBack(request, context: context)
        }
        dispatcher.register(WireMethod.subjectHistory.rawValue) { (request: Dudao_V1_SubjectHistoryRequest, context) in
            context.notes.subjectCode = request.subjectCode
            try context.checkReadable(
                request.subjectCode, notFoundMessage: "no records of subject \(request.subjectCode) for assessment \(request.assessment)"
            )
            return try await self.history(request)
        }
        dispatcher.register(WireMethod.auditQuery.rawValue) { (request: Dudao_V1_AuditQueryRequest, context) in
            var filter = AuditFilter(proto: request)
            // A caller limited to some regions sees its own calls only.
            if context.regions != .all {
                filter.authenticatedIdentity = context.authenticated?.identity ?? ""
            }
            try filter.validate()
            let page = try await self.store.audit(matching: filter)
            var response = Dudao_V1_AuditQueryResponse()
            response.events = page.entries.map(\.proto)
            response.nextPageToken = page.nextPageToken ?? ""
            return response
        }
    }

    /// - Throws: `NOT_FOUND` for an unknown record; `FAILED_PRECONDITION` when its assessment or
    ///   edition is no longer served, as the protocol says.
    func replay(_ request: Dudao_V1_ReplayRecordRequest, context: CallContext) async throws -> Dudao_V1_ReplayRecordResponse {
        context.notes.recordID = request.id
        let record = try await self.store.record(id: request.id)
        try context.checkReadable(record, id: request.id)
        context.notes.subjectCode = record.subject.code
        let report: ReplayReport
        do {
            report = try Records.replay(record, registry: self.registry)
        } catch let error as DudaoError where error.code == .notFound {
            throw DudaoError(.failedPrecondition, "record \(record.id) cannot be replayed: \(error.message)")
        }
        var response = Dudao_V1_ReplayRecordResponse()
        response.record = record.proto
        response.replayed = report.replayed.proto
        response.identical = report.identical
        response.differences = report.differences.map { difference in
            var proto = Dudao_V1_ResultDifference()
            proto.path = difference.path
            proto.stored = difference.before ?? ""
            proto.replayed = difference.after ?? ""
            return proto
        }
        response.daemonVersion = self.daemonVersion
        return response
    }

    /// Evaluates the record's subject again and compares; with `store` the new result is committed
    /// as a record linked to the earlier one before the answer leaves.
    func lookBack(_ request: Dudao_V1_LookBackRequest, context: CallContext) async throws -> Dudao_V1_LookBackResponse {
        context.notes.recordID = request.recordID
        let earlier = try await self.store.record(id: request.recordID)
        try context.checkReadable(earlier, id: request.recordID)
        context.notes.subjectCode = earlier.subject.code
        let newInput: AssessmentInput?
        switch request.basis {
        case .newInput(let proto):
            newInput = try AssessmentInput(proto: proto)
        case .storedInput(let basis):
            if basis.editionPresent != nil {
                var input = earlier.input
                input.edition = basis.edition
                newInput = input
            } else {
                newInput = nil
            }
        case nil:
            newInput = nil
        }
        let lookBack = try Records.lookBack(earlier: earlier, newInput: newInput, registry: self.registry)
        var response = Dudao_V1_LookBackResponse()
        if request.store {
            let record = lookBack.record(caller: context.caller, daemonVersion: self.daemonVersion)
            try await self.store.append(record)
            context.notes.recordID = record.id
            response.recordID = record.id
        }
        response.previous = earlier.proto
        response.result = lookBack.result.proto
        response.comparison = lookBack.comparison.proto
        return response
    }

    /// The subject's records grouped by period, oldest period first, newest record first within
    /// a period; without `include_superseded` only the latest record of each period.
    func history(_ request: Dudao_V1_SubjectHistoryRequest) async throws -> Dudao_V1_SubjectHistoryResponse {
        var issues: [ValidationIssue] = []
        if request.assessment.isEmpty {
            issues.append(ValidationIssue(path: "assessment", rule: .required, zh: "缺少 assessment", en: "assessment is required"))
        }
        if request.subjectCode.isEmpty {
            issues.append(ValidationIssue(path: "subject_code", rule: .required, zh: "缺少 subject_code", en: "subject_code is required"))
        }
        guard issues.isEmpty else {
            throw DudaoError(.invalidArgument, "a history names one assessment and one subject", violations: issues)
        }
        let records = try await self.store.history(assessment: request.assessment, subjectCode: request.subjectCode)
        var entries: [Dudao_V1_HistoryEntry] = []
        var current: (period: Period, records: [EvaluationRecord])?
        func flush() {
            guard let group = current else { return }
            var entry = Dudao_V1_HistoryEntry()
            entry.period = group.period.proto
            let newestFirst = Array(group.records.reversed())
            entry.records = (request.includeSuperseded ? newestFirst : Array(newestFirst.prefix(1))).map(\.summaryProto)
            entries.append(entry)
        }
        for record in records {
            if current?.period == record.period {
                current?.records.append(record)
            } else {
                flush()
                current = (record.period, [record])
            }
        }
        flush()
        var response = Dudao_V1_SubjectHistoryResponse()
        // No records is an empty history, not an error: the subject has simply not been assessed.
        if let latest = records.last {
            response.subject = latest.subject.proto
        }
        response.entries = entries
        return response
    }
}
