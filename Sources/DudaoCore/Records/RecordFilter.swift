/// Which records to list, newest first, one page at a time.
///
/// Every criterion left `nil` matches everything. The region is a code prefix, so `3301` selects
/// Hangzhou (330100) and every county of it (330102, 330110, …), and `33` the whole province.
public struct RecordFilter: Sendable, Hashable {
    /// Default page size when the caller gives none.
    public static let defaultPageSize = 50
    /// Largest page a store returns, so one call cannot pull the whole archive into memory.
    public static let maximumPageSize = 1000

    public var regionPrefix: String?
    public var assessment: String?
    public var period: Period?
    public var verdict: Verdict?
    /// Unix milliseconds, inclusive.
    public var createdFrom: Int64?
    /// Unix milliseconds, exclusive.
    public var createdBefore: Int64?
    public var pageSize: Int
    /// The ``RecordPage/nextPageToken`` of the previous page; `nil` for the first page.
    public var pageToken: String?

    public init(
        regionPrefix: String? = nil,
        assessment: String? = nil,
        period: Period? = nil,
        verdict: Verdict? = nil,
        createdFrom: Int64? = nil,
        createdBefore: Int64? = nil,
        pageSize: Int = RecordFilter.defaultPageSize,
        pageToken: String? = nil
    ) {
        self.regionPrefix = regionPrefix
        self.assessment = assessment
        self.period = period
        self.verdict = verdict
        self.createdFrom = createdFrom
        self.createdBefore = createdBefore
        self.pageSize = pageSize
        self.pageToken = pageToken
    }

    /// Problems with the filter itself, before any store is asked.
    ///
    /// - Throws: ``DudaoError/Code/invalidArgument`` naming each bad field.
    public func validate() throws {
        var issues: [ValidationIssue] = []
        if !(1...Self.maximumPageSize).contains(self.pageSize) {
            issues.append(
                .init(
                    path: "pageSize", rule: .outOfRange,
                    zh: "每页条数应在 1 到 \(Self.maximumPageSize) 之间，实际为 \(self.pageSize)",
                    en: "page size must be 1 to \(Self.maximumPageSize); got \(self.pageSize)"
                )
            )
        }
        if let prefix = self.regionPrefix, prefix.isEmpty {
            issues.append(.init(path: "regionPrefix", rule: .required, zh: "地区代码前缀不能为空", en: "region prefix must not be empty; omit it to match every region"))
        }
        if let from = self.createdFrom, let before = self.createdBefore, from >= before {
            issues.append(.init(path: "createdBefore", rule: .outOfRange, zh: "时间范围的终点应晚于起点", en: "createdBefore (\(before)) must be after createdFrom (\(from))"))
        }
        guard issues.isEmpty else {
            throw DudaoError(.invalidArgument, "the record filter breaks \(issues.count) rule(s)", violations: issues)
        }
    }
}

/// One page of records, newest first.
public struct RecordPage: Sendable, Hashable {
    public var records: [EvaluationRecord]
    /// Pass as ``RecordFilter/pageToken`` for the next page; `nil` on the last page.
    public var nextPageToken: String?

    public init(records: [EvaluationRecord], nextPageToken: String?) {
        self.records = records
        self.nextPageToken = nextPageToken
    }
}
