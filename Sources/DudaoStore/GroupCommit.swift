import DudaoCore
import GRDB
import Synchronization

/// Gathers the writes of concurrent calls into one transaction, so that many records cost one
/// `fsync` instead of one each.
///
/// Every write still returns only after the transaction holding it has committed, so an answer
/// sent after ``write(durable:_:)`` returns is backed by the disk exactly as before. While one group
/// commits, the writes that arrive queue up and form the next group. A write that breaks a rule
/// (a reused id, an unknown previous record) runs in its own savepoint and fails alone; the rest
/// of its group commits. Any other failure (disk full, an I/O error) ends the transaction for
/// everyone, so it fails the whole group with its own error.
///
/// A group holding only non-durable writes (audit lines) commits with `synchronous=NORMAL`: in WAL
/// mode that survives a crash of the process, and the next durable commit syncs it to disk.
final class GroupCommit: Sendable {
    private struct Write: Sendable {
        let body: @Sendable (Database) throws -> Void
        let durable: Bool
        let pool: @Sendable () throws -> DatabasePool
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State: Sendable {
        var pending: [Write] = []
        var committing = false
        var statistics = GroupCommitStatistics()
    }

    private let state = Mutex(State())
    private let location: String

    /// - Parameter location: The database file, for error messages.
    init(location: String) {
        self.location = location
    }

    /// Runs `body` inside the next group's transaction and returns once that group has committed.
    ///
    /// - Parameters:
    ///   - durable: Whether the commit must be synced to disk before returning (records); `false`
    ///     for writes that may reach the disk with the next durable commit (audit lines).
    ///   - pool: Gives the writable pool, or throws why the store cannot be written now.
    func write(
        durable: Bool,
        pool: @escaping @Sendable () throws -> DatabasePool,
        _ body: @escaping @Sendable (Database) throws -> Void
    ) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let leads = self.state.withLock { state -> Bool in
                state.pending.append(Write(body: body, durable: durable, pool: pool, continuation: continuation))
                guard !state.committing else { return false }
                state.committing = true
                return true
            }
            if leads {
                Task { await self.drain() }
            }
        }
    }

    /// How many groups have committed and how large they were.
    var statistics: GroupCommitStatistics { self.state.withLock { $0.statistics } }

    /// Commits groups until nothing is pending.
    private func drain() async {
        while true {
            let group = self.state.withLock { state -> [Write] in
                guard !state.pending.isEmpty else {
                    state.committing = false
                    return []
                }
                defer { state.pending = [] }
                return state.pending
            }
            guard !group.isEmpty else { return }
            await self.commit(group)
        }
    }

    private func commit(_ group: [Write]) async {
        let durable = group.contains(where: \.durable)
        let bodies = group.map(\.body)
        let failures: [Int: any Error]
        do {
            let pool = try group[0].pool()
            failures = try await pool.writeWithoutTransaction { db -> [Int: any Error] in
                if !durable { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
                defer { if !durable { try? db.execute(sql: "PRAGMA synchronous = FULL") } }
                var failures: [Int: any Error] = [:]
                try db.inTransaction {
                    for (index, body) in bodies.enumerated() {
                        do {
                            try db.inSavepoint {
                                try body(db)
                                return .commit
                            }
                        } catch where Self.failsAlone(error) {
                            failures[index] = error
                        }
                    }
                    return .commit
                }
                return failures
            }
        } catch {
            let failure = StoreFailure.forWrite(error, location: self.location)
            for write in group { write.continuation.resume(throwing: failure) }
            return
        }
        self.state.withLock { $0.statistics.add(groupSize: group.count) }
        self.resume(group, failures: failures)
    }

    /// Whether `error` concerns one write only, so that the rest of its group may still commit:
    /// a broken constraint or a refusal of the store's own rules. SQLite rolls back the whole
    /// transaction on errors such as `SQLITE_FULL`, and a savepoint cannot contain those.
    private static func failsAlone(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return true }
        return error.resultCode == .SQLITE_CONSTRAINT
    }

    private func resume(_ group: [Write], failures: [Int: any Error]) {
        for (index, write) in group.enumerated() {
            if let error = failures[index] {
                write.continuation.resume(throwing: StoreFailure.forWrite(error, location: self.location))
            } else {
                write.continuation.resume()
            }
        }
    }
}

/// How the store's writes were grouped: for the benchmark and for operators.
public struct GroupCommitStatistics: Sendable, Hashable {
    /// Transactions committed.
    public var groups = 0
    /// Writes committed in them.
    public var writes = 0
    /// The largest group seen.
    public var largestGroup = 0

    /// Writes per transaction on average.
    public var averageGroupSize: Double { self.groups == 0 ? 0 : Double(self.writes) / Double(self.groups) }

    mutating func add(groupSize: Int) {
        self.groups += 1
        self.writes += groupSize
        self.largestGroup = max(self.largestGroup, groupSize)
    }
}
