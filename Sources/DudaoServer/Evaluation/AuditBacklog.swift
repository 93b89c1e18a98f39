public import DudaoCore
public import Logging

/// Audit entries the store could not take yet (a full disk), written ahead of the next entry.
///
/// Reads go on while the disk is full, and each read is audited; dropping those rows would leave
/// the trail silent about exactly the calls made during an incident. So an entry that cannot be
/// appended is kept in memory, up to ``capacity``, and written, in order, before the next
/// entry once the store takes writes again. Beyond the capacity the oldest are dropped and
/// counted, and the count is logged; entries still held when the daemon stops are lost, and
/// the log says how many.
public actor AuditBacklog {
    /// Entries held at most while the store refuses writes.
    public static let capacity = 10_000

    private let store: any RecordStore
    private let logger: Logger
    /// Entries not written yet, oldest first, each with a number to find it again after an await.
    private var pending: [(number: UInt64, entry: AuditEntry)] = []
    private var nextNumber: UInt64 = 0
    private var dropped = 0
    /// Whether a call is writing the backlog now; the actor is reentrant at each `await`, so a
    /// second call only queues its entry for the one already writing.
    private var writing = false

    public init(store: any RecordStore, logger: Logger = Logger(label: "dudao.audit")) {
        self.store = store
        self.logger = logger
    }

    /// Entries waiting for the store.
    public var count: Int { self.pending.count }

    /// Appends the entries held back, then `entry`; when another call is writing already,
    /// leaves `entry` to it.
    ///
    /// - Throws: the store's error when it still refuses writes; `entry` is then held.
    public func append(_ entry: AuditEntry) async throws {
        self.nextNumber += 1
        self.pending.append((self.nextNumber, entry))
        if self.pending.count > Self.capacity {
            let excess = self.pending.count - Self.capacity
            self.pending.removeFirst(excess)
            self.dropped += excess
        }
        guard !self.writing else { return }
        self.writing = true
        defer { self.writing = false }
        while let next = self.pending.first {
            try await self.store.appendAudit(next.entry)
            // While this write was awaited, others may have queued entries or pushed old ones out.
            self.pending.removeAll { $0.number == next.number }
        }
        if self.dropped > 0 {
            self.logger.error("audit entries were dropped while the store refused writes", metadata: ["dropped": "\(self.dropped)"])
            self.dropped = 0
        }
    }

    deinit {
        let lost = self.pending.count
        if lost > 0 {
            self.logger.error("audit entries never written: the store refused writes until the daemon stopped", metadata: ["lost": "\(lost)"])
        }
    }
}
