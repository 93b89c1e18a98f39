import Synchronization

/// Whether the server still takes new work; `Health/Check` answers from it.
///
/// Shared by the listener (which flips it when shutdown begins) and the health method, which may
/// run on any task; a mutex keeps the flag consistent between them.
public final class ServingState: Sendable {
    private let shuttingDown = Mutex(false)

    public init() {}

    /// `true` once graceful shutdown has begun.
    public var isShuttingDown: Bool { self.shuttingDown.withLock { $0 } }

    public func beginShutdown() {
        self.shuttingDown.withLock { $0 = true }
    }
}
