import NIOCore
import NIOPosix
import Testing

@testable import DudaoServer

/// The sleeps behind call deadlines and connection timers.
@Suite("Event loop sleep", .timeLimit(.minutes(1)))
struct EventLoopSleepTests {
    let loop = MultiThreadedEventLoopGroup.singleton.next()

    @Test("a sleep returns once its time has passed")
    func wakes() async throws {
        let clock = ContinuousClock()
        let began = clock.now
        try await self.loop.sleep(for: .milliseconds(50))
        #expect(clock.now - began >= .milliseconds(50))
    }

    @Test("a sleep until an instant already past returns at once")
    func pastInstant() async throws {
        try await self.loop.sleep(until: .now - .seconds(1))
    }

    @Test("a cancelled sleep of five minutes ends at once with CancellationError")
    func cancelled() async throws {
        let loop = self.loop
        let sleeper = Task { try await loop.sleep(for: .seconds(300)) }
        try await Task.sleep(for: .milliseconds(20))
        sleeper.cancel()
        await #expect(throws: CancellationError.self) { try await sleeper.value }
    }

    @Test("a sleep in a task cancelled before it began does not wait")
    func cancelledBefore() async throws {
        let loop = self.loop
        let sleeper = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await loop.sleep(for: .seconds(300))
        }
        await #expect(throws: CancellationError.self) { try await sleeper.value }
    }
}
