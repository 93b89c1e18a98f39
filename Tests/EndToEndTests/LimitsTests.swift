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
        try await withLiveServer(configure: { $0.limits.maxCallsPerConnection = 2 }) { server in
            let client = try await server.connect()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<2 {
                    group.addTask { _ = try await client.call(ControlService.sleep, payload: Data("500".utf8)) }
                }
                // Let both calls reach the server before the third.
                _ = try await client.ping()
                try await Task.sleep(for: .milliseconds(100))
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

    @Test("a connection over the server's limit is refused with RESOURCE_EXHAUSTED; others are unaffected")
    func maxConnections() async throws {
        try await withLiveServer(configure: { $0.limits.maxConnections = 1 }) { server in
            let first = try await server.connect()
            let error = try await #require(throws: DudaoError.self) { try await server.connect() }
            #expect(error.code == .resourceExhausted)
            #expect(try await first.health() == .serving)
            await first.close()
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
        try await withTestServer(configure: { $0.limits.maxCallsPerConnection = 1 }) { client in
            let call = Task {
                try await client.call(ControlService.sleep, payload: Data("30000".utf8))
            }
            _ = try await client.ping()
            try await Task.sleep(for: .milliseconds(100))
            call.cancel()
            await #expect(throws: CancellationError.self) { try await call.value }
            // With a limit of one call, this only succeeds once the server has let the cancelled one go.
            var status: HealthStatus?
            for _ in 0..<50 where status == nil {
                status = try? await client.health()
                if status == nil { try await Task.sleep(for: .milliseconds(20)) }
            }
            #expect(status == .serving)
        }
    }
}
