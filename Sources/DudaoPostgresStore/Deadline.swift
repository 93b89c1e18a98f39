import NIOCore
import NIOPosix
import Synchronization

/// Runs work against the database for at most a given time.
///
/// A task group would wait for its child even after cancelling it, and a connection lease that
/// is slow to notice cancellation (the pool retrying a server that is down) would hold the call
/// far past its limit. Here the caller is answered by whichever comes first, the work, the
/// deadline or the caller's cancellation; work that loses is cancelled and left to end by itself.
/// The deadline is an event loop's timer, removed as soon as the answer is in (a cancelled
/// `Task.sleep` would keep its timer for the whole limit, one per query).
enum Deadline {
    static func run<T: Sendable>(within limit: Duration, orThrow timeout: any Error, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        let answer = FirstAnswer<T>()
        let task = Task {
            do {
                answer.give(.success(try await work()))
            } catch {
                answer.give(.failure(error))
            }
        }
        let (seconds, attoseconds) = limit.components
        let timer = MultiThreadedEventLoopGroup.singleton.any().scheduleTask(in: .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)) {
            answer.give(.failure(timeout))
        }
        defer {
            task.cancel()
            timer.cancel()
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { answer.wait($0) }
        } onCancel: {
            answer.give(.failure(CancellationError()))
        }
    }
}

/// The first of several racing results, handed to one waiter.
private final class FirstAnswer<T: Sendable>: Sendable {
    private struct State {
        var waiter: CheckedContinuation<T, any Error>?
        var result: Result<T, any Error>?
    }

    private let state = Mutex(State())

    func wait(_ waiter: CheckedContinuation<T, any Error>) {
        let ready: Result<T, any Error>? = self.state.withLock { state in
            if state.result == nil { state.waiter = waiter }
            return state.result
        }
        if let ready { waiter.resume(with: ready) }
    }

    /// Keeps `result` if it is the first; later ones are dropped.
    func give(_ result: Result<T, any Error>) {
        let waiter: CheckedContinuation<T, any Error>? = self.state.withLock { state in
            guard state.result == nil else { return nil }
            state.result = result
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(with: result)
    }
}
