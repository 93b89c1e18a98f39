import Synchronization

/// Counts the open connections of each caller, so one caller cannot hold every socket.
public final class CallerConnections: Sendable {
    public let limit: Int
    private let counts = Mutex<[String: Int]>([:])

    public init(limit: Int) {
        self.limit = limit
    }

    /// Counts one more connection for `caller`; `false`, counting nothing, when it is at its limit.
    public func open(_ caller: String) -> Bool {
        self.counts.withLock { counts in
            let count = counts[caller, default: 0]
            guard count < self.limit else { return false }
            counts[caller] = count + 1
            return true
        }
    }

    /// Forgets one connection of `caller`.
    public func close(_ caller: String) {
        self.counts.withLock { counts in
            let count = counts[caller, default: 0] - 1
            counts[caller] = count > 0 ? count : nil
        }
    }

    /// Open connections of `caller`.
    public func count(_ caller: String) -> Int {
        self.counts.withLock { $0[caller, default: 0] }
    }
}
