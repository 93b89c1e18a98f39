import DudaoCore
import Foundation
import Synchronization

/// Admits at most as many evaluations at a time as there are cores; the rest wait in line.
///
/// Evaluation is pure computation. Run without a bound, a burst of large inputs takes every
/// thread of the cooperative pool, and the frame readers, pings and health checks that share
/// it wait behind them. Here a call waits its turn in arrival order, for as long as its own
/// deadline allows (the connection cancels it when the deadline passes), and when the line itself
/// is full the call is refused at once with `RESOURCE_EXHAUSTED` instead of piling up.
public final class EvaluationGate: Sendable {
    private struct Waiter: Sendable {
        let id: UInt64
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State: Sendable {
        var running = 0
        var nextID: UInt64 = 0
        var waiting: [Waiter] = []
    }

    /// How many evaluations run at once.
    public let width: Int
    /// How many may wait for a turn before new ones are refused.
    public let queueLimit: Int
    private let state = Mutex(State())

    /// - Parameters:
    ///   - width: Evaluations at once; the number of cores by default.
    ///   - queueLimit: Calls allowed to wait; beyond it a call is refused.
    public init(width: Int = EvaluationGate.cores, queueLimit: Int = 4096) {
        self.width = max(1, width)
        self.queueLimit = max(0, queueLimit)
    }

    /// The number of cores this process may use.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Runs `body` once a place is free.
    ///
    /// - Throws: `RESOURCE_EXHAUSTED` when the line is full, `CancellationError` when the call is
    ///   cancelled (its deadline passed) while it waits, or what `body` throws.
    public func run<T: Sendable>(_ body: () throws -> T) async throws -> T {
        try await self.enter()
        defer { self.leave() }
        return try body()
    }

    /// Takes a place, waiting for one if need be; ``leave()`` gives it back.
    func enter() async throws {
        let id = self.state.withLock { state -> UInt64 in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let admitted: Result<Void, any Error>? = self.state.withLock { state in
                    if state.running < self.width {
                        state.running += 1
                        return .success(())
                    }
                    guard state.waiting.count < self.queueLimit else {
                        return .failure(
                            DudaoError(.resourceExhausted, "the server is evaluating at capacity with \(state.waiting.count) calls waiting; retry shortly")
                        )
                    }
                    if Task.isCancelled { return .failure(CancellationError()) }
                    state.waiting.append(Waiter(id: id, continuation: continuation))
                    return nil
                }
                switch admitted {
                case .success: continuation.resume()
                case .failure(let error): continuation.resume(throwing: error)
                case nil: break
                }
            }
        } onCancel: {
            let waiter = self.state.withLock { state -> Waiter? in
                guard let index = state.waiting.firstIndex(where: { $0.id == id }) else { return nil }
                return state.waiting.remove(at: index)
            }
            waiter?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Hands the place to the first waiter, or frees it.
    func leave() {
        let next = self.state.withLock { state -> Waiter? in
            if !state.waiting.isEmpty { return state.waiting.removeFirst() }
            state.running -= 1
            return nil
        }
        next?.continuation.resume()
    }

    /// Evaluations running and waiting now.
    public var load: (running: Int, waiting: Int) {
        self.state.withLock { ($0.running, $0.waiting.count) }
    }
}
