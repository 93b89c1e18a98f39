import DudaoClient
import DudaoCore
import DudaoServer
import DudaoTesting
import Foundation
import NIOCore
import Testing

@Suite("Limits, deadlines and cancellation", .timeLimit(.minutes(1)))
struct LimitsTests {
    @Test("a call over the per-connection limit is RESOURCE_EXHAUSTED, and the connection goes on")
    func callsPerConnection() async throws {
        let events = ControlEvents()
        try await withLiveServer(configure: { $0.limits.maxCallsPerConnection = 2 }, services: [ControlService(events: events)]) { server in
            let client = try await server.connect()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<2 {
                    group.addTask { _ = try await client.call(ControlService.sleep, payload: Data("500".utf8)) }
                }
                await events.waitForStarts(2)
                let error = try await #require(throws: DudaoError.self) {
                    try await client.call(ControlService.sleep, payload: Data("0".utf8))
                }
                #expect(error.code == .resourceExhausted)
                try await group.waitForAll()
            }
            #expect(try await client.health() == .serving)
            await client.close()
        }
    }

    @Test("a call past its timeout is DEADLINE_EXCEEDED and frees its slot")
    func deadline() async throws {
        try await withTestServer(configure: { $0.limits.maxCallsPerConnection = 1 }) { client in
            let clock = ContinuousClock()
            let start = clock.now
            let error = try await #require(throws: DudaoError.self) {
                try await client.call(ControlService.sleep, payload: Data("30000".utf8), timeout: .milliseconds(100))
            }
            #expect(error.code == .deadlineExceeded)
            #expect(clock.now - start < .seconds(10))
            #expect(try await client.health() == .serving)
        }
    }

    @Test("cancelling the calling task cancels the call on the server and frees its slot")
    func cancel() async throws {
        let events = ControlEvents()
        try await withTestServer(configure: { $0.limits.maxCallsPerConnection = 1 }, services: [ControlService(events: events)]) { client in
            let call = Task {
                try await client.call(ControlService.sleep, payload: Data("30000".utf8))
            }
            await events.waitForStarts(1)
            call.cancel()
            await #expect(throws: CancellationError.self) { try await call.value }
            // With a limit of one call, this succeeds only once the server has let the cancelled
            // one go; the cancel is processed at once, the slot is freed a moment later.
            var status: HealthStatus?
            var refusals = 0
            while status == nil, refusals < 10_000 {
                do {
                    status = try await client.health()
                } catch let error as DudaoError where error.code == .resourceExhausted {
                    refusals += 1
                }
            }
            #expect(status == .serving)
        }
    }
}
