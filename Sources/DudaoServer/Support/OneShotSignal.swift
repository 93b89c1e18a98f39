import Synchronization

/// A value delivered once to a task that waits for it: a call's cancel or a connection's drain.
///
/// Firing before anyone waits is kept; a second firing is ignored. A waiter that is cancelled
/// gets `nil`, so a race between a call and its cancel signal ends cleanly.
final class OneShotSignal<Value: Sendable>: Sendable {
    private enum State {
        case idle
        case waiting(CheckedContinuation<Value?, Never>)
        case fired(Value)
        case done
    }

    private let state = Mutex<State>(.idle)

    init() {}

    /// Delivers `value` to the waiter, now or when it comes. Returns whether this call fired it.
    @discardableResult
    func fire(_ value: Value) -> Bool {
        let (fired, continuation): (Bool, CheckedContinuation<Value?, Never>?) = self.state.withLock { state in
            switch state {
            case .idle:
                state = .fired(value)
                return (true, nil)
            case .waiting(let continuation):
                state = .done
                return (true, continuation)
            case .fired, .done:
                return (false, nil)
            }
        }
        continuation?.resume(returning: value)
        return fired
    }

    /// Waits for the value; `nil` when the waiting task is cancelled first.
    func wait() async -> Value? {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Value?, Never>) in
                let immediate: Value?? = self.state.withLock { state in
                    switch state {
                    case .idle:
                        if Task.isCancelled {
                            state = .done
                            return .some(nil)
                        }
                        state = .waiting(continuation)
                        return nil
                    case .fired(let value):
                        state = .done
                        return .some(value)
                    case .waiting, .done:
                        return .some(nil)
                    }
                }
                if let immediate { continuation.resume(returning: immediate) }
            }
        } onCancel: {
            let continuation: CheckedContinuation<Value?, Never>? = self.state.withLock { state in
                if case .waiting(let continuation) = state {
                    state = .done
                    return continuation
                }
                if case .idle = state { state = .done }
                return nil
            }
            continuation?.resume(returning: nil)
        }
    }
}
