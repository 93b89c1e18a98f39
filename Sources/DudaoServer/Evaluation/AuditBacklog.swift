public import DudaoCore
public import Logging

/// Audit entries on their way to the store: those of concurrent calls written together, and
/// those the store could not take yet (a full disk) kept for the next write.
///
/// Reads go on while the disk is full, and each read is audited; dropping those rows would leave
/// the trail silent about exactly the calls made during an incident. So an entry that cannot be
/// appended is kept in memory, up to the capacity, and written, in order, with the next entries
/// once the store takes writes again. Beyond the capacity the oldest are dropped and counted,
/// and the count is logged; entries still held when the daemon stops are lost, and the log says
/// how many. One write carries every entry waiting, so a busy daemon's trail keeps up with its
/// calls.
public actor AuditBacklog {
    /// Entries held at most while the store refuses writes, by default.
    public static let defaultCapacity = 10_000

    private let capacity: Int
    private let store: any RecordStore
    private let logger: Logger
    /// Entries not written yet, oldest first, each with a number to find it again after an await.
    private var pending: [(number: UInt64, entry: AuditEntry)] = []
    private var nextNumber: UInt64 = 0
    private var dropped = 0
    /// Whether a call is writing the backlog now; the actor is reentrant at each `await`, so a
    /// second call only queues its entry for the one already writing.
    private var writing = false

    public init(store: any RecordStore, capacity: Int = AuditBacklog.defaultCapacity, logger: Logger = Logger(label: "dudao.audit")) {
        self.store = store
        self.capacity = capacity
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
        if self.pending.count > self.capacity {
            let excess = self.pending.count - self.capacity
            self.pending.removeFirst(excess)
            self.dropped += excess
        }
        guard !self.writing else { return }
        self.writing = true
        defer { self.writing = false }
        // Everything waiting goes in one write: under load the entries arrive faster than
        // one write each could carry them.
        while let last = self.pending.last?.number {
            try await self.store.appendAudit(contentsOf: self.pending.map(\.entry))
            // While this write was awaited, others may have queued entries or pushed old ones out.
            self.pending.removeAll { $0.number <= last }
        }
        if self.dropped > 0 {
            self.logger.error("audit entries were dropped: the store refused or could not keep up with writes", metadata: ["dropped": "\(self.dropped)"])
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
