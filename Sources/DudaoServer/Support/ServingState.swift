import Synchronization

/// Whether the server still takes new work; `Health/Check` answers from it.
///
/// Shared by the listener (which flips it when shutdown begins), the recorder (which notes when
/// the record store refuses a write) and the health method, which may run on any task; a mutex
/// keeps the state consistent between them.
public final class ServingState: Sendable {
    private struct State {
        var shuttingDown = false
        var storeFailure: (reason: String, at: ContinuousClock.Instant)?
    }

    /// How long a failed store write keeps evaluations reported NOT_SERVING: long enough for a
    /// load balancer's probe to see it, short enough that the next evaluation soon tries the
    /// store again, so writes resume by themselves when space returns.
    public static let storeFailureHold: Duration = .seconds(5)

    private let state = Mutex(State())

    public init() {}

    /// `true` once graceful shutdown has begun.
    public var isShuttingDown: Bool { self.state.withLock { $0.shuttingDown } }

    public func beginShutdown() {
        self.state.withLock { $0.shuttingDown = true }
    }

    /// The record store refused a write (a full disk, a read-only directory).
    public func storeWriteFailed(_ reason: String, now: ContinuousClock.Instant = .now) {
        self.state.withLock { $0.storeFailure = (reason, now) }
    }

    /// The record store took a write: evaluations are served again.
    public func storeWriteSucceeded() {
        self.state.withLock { $0.storeFailure = nil }
    }

    /// Why evaluations cannot be kept now, if a store write failed within ``storeFailureHold``.
    public func storeProblem(now: ContinuousClock.Instant = .now) -> String? {
        self.state.withLock { state in
            guard let failure = state.storeFailure, now - failure.at < Self.storeFailureHold else { return nil }
            return failure.reason
        }
    }
}
