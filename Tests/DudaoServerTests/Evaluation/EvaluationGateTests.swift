import DudaoCore
import Synchronization
import Testing

@testable import DudaoServer

struct EvaluationGateTests {
    /// Counts how many bodies run at once.
    final class Occupancy: Sendable {
        private let state = Mutex((now: 0, most: 0))
        func enter() { self.state.withLock { $0.now += 1; $0.most = max($0.most, $0.now) } }
        func leave() { self.state.withLock { $0.now -= 1 } }
        var most: Int { self.state.withLock { $0.most } }
    }

    @Test("no more evaluations run at once than the gate is wide; the rest wait and all finish")
    func bounded() async throws {
        let gate = EvaluationGate(width: 2, queueLimit: 100)
        let occupancy = Occupancy()
        let finished = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<40 {
                group.addTask {
                    try await gate.run {
                        occupancy.enter()
                        defer { occupancy.leave() }
                        // Busy work long enough for the others to queue up.
                        var sum = 0.0
                        for step in 0..<200_000 { sum += Double(step).squareRoot() }
                        return sum > 0 ? index : -1
                    }
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(finished.sorted() == Array(0..<40))
        #expect(occupancy.most <= 2)
        #expect(gate.load == (0, 0))
    }

    @Test("when the line is full a new evaluation is refused at once with RESOURCE_EXHAUSTED")
    func refusesBeyondTheLine() async throws {
        let gate = EvaluationGate(width: 1, queueLimit: 1)
        // The place is held without blocking a thread, as a long evaluation would hold it.
        try await gate.enter()
        let waiter = Task { try await gate.run { 1 } }
        while gate.load.waiting == 0 { try await Task.sleep(for: .milliseconds(1)) }
        let error = await #expect(throws: DudaoError.self) { try await gate.run { 2 } }
        #expect(error?.code == .resourceExhausted)
        gate.leave()
        #expect(try await waiter.value == 1)
        #expect(gate.load == (0, 0))
    }

    @Test("a call cancelled while it waits (its deadline passed) leaves the line without running")
    func cancelledWhileWaiting() async throws {
        let gate = EvaluationGate(width: 1, queueLimit: 10)
        let ran = Mutex(false)
        try await gate.enter()
        let waiter = Task { try await gate.run { ran.withLock { $0 = true } } }
        while gate.load.waiting == 0 { try await Task.sleep(for: .milliseconds(1)) }
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(gate.load.waiting == 0)
        gate.leave()
        #expect(!ran.withLock { $0 })
        #expect(gate.load == (0, 0))
    }
}
