/// Which audit entries to list, newest first, one page at a time.
public struct AuditFilter: Sendable, Hashable {
    /// Unix milliseconds, inclusive.
    public var from: Int64?
    /// Unix milliseconds, exclusive.
    public var before: Int64?
    /// Exact client name.
    public var clientName: String?
    /// Exact authenticated identity.
    public var authenticatedIdentity: String?
    /// Exact method name.
    public var method: String?
    public var pageSize: Int
    /// The ``AuditPage/nextPageToken`` of the previous page; `nil` for the first page.
    public var pageToken: String?

    public init(
        from: Int64? = nil,
        before: Int64? = nil,
        clientName: String? = nil,
        authenticatedIdentity: String? = nil,
        method: String? = nil,
        pageSize: Int = RecordFilter.defaultPageSize,
        pageToken: String? = nil
    ) {
        self.from = from
        self.before = before
        self.clientName = clientName
        self.authenticatedIdentity = authenticatedIdentity
        self.method = method
        self.pageSize = pageSize
        self.pageToken = pageToken
    }

    /// - Throws: ``DudaoError/Code/invalidArgument`` naming each bad field.
    public func validate() throws {
        var issues: [ValidationIssue] = []
        if !(1...RecordFilter.maximumPageSize).contains(self.pageSize) {
            issues.append(
                .init(
                    path: "pageSize", rule: .outOfRange,
                    zh: "每页条数应在 1 到 \(RecordFilter.maximumPageSize) 之间，实际为 \(self.pageSize)",
                    en: "page size must be 1 to \(RecordFilter.maximumPageSize); got \(self.pageSize)"
                )
            )
        }
        if let from = self.from, let before = self.before, from >= before {
            issues.append(.init(path: "before", rule: .outOfRange, zh: "时间范围的终点应晚于起点", en: "before (\(before)) must be after from (\(from))"))
        }
        guard issues.isEmpty else {
            throw DudaoError(.invalidArgument, "the audit filter breaks \(issues.count) rule(s)", violations: issues)
        }
    }
}

/// One page of audit entries, newest first.
public struct AuditPage: Sendable, Hashable {
    public var entries: [AuditEntry]
    /// Pass as ``AuditFilter/pageToken`` for the next page; `nil` on the last page.
    public var nextPageToken: String?

    public init(entries: [AuditEntry], nextPageToken: String?) {
        self.entries = entries
        self.nextPageToken = nextPageToken
    }
}
