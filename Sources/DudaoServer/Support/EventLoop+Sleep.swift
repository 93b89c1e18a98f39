import NIOCore

extension EventLoop {
    /// Sleeps for `duration` on a timer of this event loop; throws `CancellationError` when the
    /// task is cancelled first.
    ///
    /// Unlike `Task.sleep`, whose timer stays queued until its deadline even after the task is
    /// cancelled, the timer is removed at once. A call's deadline (five minutes by default) is
    /// cancelled when the call ends, so with `Task.sleep` a busy daemon would hold a timer for
    /// every call of the last five minutes.
    func sleep(for duration: Duration) async throws {
        let (seconds, attoseconds) = duration.components
        let timer = self.scheduleTask(in: .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)) {}
        do {
            try await withTaskCancellationHandler {
                try await timer.futureResult.get()
            } onCancel: {
                timer.cancel()
            }
        } catch {
            throw CancellationError()
        }
    }

    /// Sleeps until `instant`, as ``sleep(for:)`` does.
    func sleep(until instant: ContinuousClock.Instant) async throws {
        try await self.sleep(for: max(.zero, instant - .now))
    }
}
