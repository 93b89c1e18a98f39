public import DudaoCore
public import DudaoProto

extension RecordFilter {
    /// The filter as a `ListRecordsRequest`.
    public var proto: Dudao_V1_ListRecordsRequest {
        var proto = Dudao_V1_ListRecordsRequest()
        proto.regionCodePrefix = self.regionPrefix ?? ""
        proto.assessment = self.assessment ?? ""
        if let period = self.period { proto.period = period.proto }
        if let verdict = self.verdict { proto.verdict = verdict.proto }
        if let from = self.createdFrom { proto.createdFromUnixMs = from }
        if let before = self.createdBefore { proto.createdUntilUnixMs = before }
        proto.pageSize = UInt32(clamping: self.pageSize)
        proto.pageToken = self.pageToken ?? ""
        return proto
    }

    /// Reads the filter of a `ListRecordsRequest`: empty strings match everything, a page size of
    /// 0 is the default and a larger one than the maximum is capped, as PROTOCOL.md says.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` for a bad period or verdict.
    public init(proto: Dudao_V1_ListRecordsRequest) throws {
        let (period, verdict) = try ConversionIssues.convert("record filter") { issues -> (Period?, Verdict?)? in
            var period: Period?
            if proto.hasPeriod {
                guard let read = Period(proto: proto.period, path: "period", issues: &issues) else { return nil }
                period = read
            }
            var verdict: Verdict?
            if proto.verdictPresent != nil {
                guard let read = Verdict(proto: proto.verdict, path: "verdict", issues: &issues) else { return nil }
                verdict = read
            }
            return (period, verdict)
        }
        self.init(
            regionPrefix: proto.regionCodePrefix.isEmpty ? nil : proto.regionCodePrefix,
            assessment: proto.assessment.isEmpty ? nil : proto.assessment,
            period: period,
            verdict: verdict,
            createdFrom: proto.createdFromPresent == nil ? nil : proto.createdFromUnixMs,
            createdBefore: proto.createdUntilPresent == nil ? nil : proto.createdUntilUnixMs,
            pageSize: proto.pageSize == 0 ? RecordFilter.defaultPageSize : min(Int(proto.pageSize), RecordFilter.maximumPageSize),
            pageToken: proto.pageToken.isEmpty ? nil : proto.pageToken
        )
    }
}

extension AuditFilter {
    /// The filter as an `AuditQueryRequest`; the caller filter is the client name.
    public var proto: Dudao_V1_AuditQueryRequest {
        var proto = Dudao_V1_AuditQueryRequest()
        if let from = self.from { proto.fromUnixMs = from }
        if let before = self.before { proto.untilUnixMs = before }
        proto.caller = self.clientName ?? ""
        proto.method = self.method ?? ""
        proto.pageSize = UInt32(clamping: self.pageSize)
        proto.pageToken = self.pageToken ?? ""
        return proto
    }

    public init(proto: Dudao_V1_AuditQueryRequest) {
        self.init(
            from: proto.fromPresent == nil ? nil : proto.fromUnixMs,
            before: proto.untilPresent == nil ? nil : proto.untilUnixMs,
            clientName: proto.caller.isEmpty ? nil : proto.caller,
            method: proto.method.isEmpty ? nil : proto.method,
            pageSize: proto.pageSize == 0 ? RecordFilter.defaultPageSize : min(Int(proto.pageSize), RecordFilter.maximumPageSize),
            pageToken: proto.pageToken.isEmpty ? nil : proto.pageToken
        )
    }
}
