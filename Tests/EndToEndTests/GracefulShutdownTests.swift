import DudaoClient
import DudaoCore
import DudaoServer
import DudaoTesting
import Foundation
import Logging
import ServiceLifecycle
import ServiceLifecycleTestKit
import NIOCore
import Testing

@Suite("Graceful shutdown", .timeLimit(.minutes(1)))
struct GracefulShutdownTests {
    let events = ControlEvents()

    func makeTestServer(gracePeriod: Duration) throws -> DudaoServer {
        let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        let configuration = ServerConfiguration(host: "127.0.0.1", port: 0, gracePeriod: gracePeriod)
        let servingState = ServingState()
        let dispatcher = makeDispatcher(
            registry: try testRegistry(), servingState: servingState, extraServices: [ControlService(events: self.events)],
            configuration: configuration, logger: logger
        )
        return DudaoServer(configuration: configuration, dispatcher: dispatcher, servingState: servingState, logger: logger)
    }

    @Test("calls in flight finish, new calls are refused as UNAVAILABLE, and the server stops")
    func callsInFlightFinish() async throws {
        let server = try self.makeTestServer(gracePeriod: .seconds(10))
        try await testGracefulShutdown { trigger in
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await server.run() }
                let port = try #require(try await server.listeningAddress.port)
                let client = try await DudaoClient.connect(port: port)
                let slow = Task { try await client.call(ControlService.sleep, payload: Data("300".utf8)) }
                let another = Task { try await client.call(ControlService.sleep, payload: Data("100".utf8)) }
                await self.events.waitForStarts(2)
                #expect(server.connectionCount == 1)

                trigger.triggerGracefulShutdown()

                let refused = try await #require(throws: DudaoError.self) { try await client.health() }
                #expect(refused.code == .unavailable)
                #expect(try await slow.value == Data("slept".utf8))
                #expect(try await another.value == Data("slept".utf8))
                try await group.waitForAll()
                await #expect(throws: (any Error).self) { try await DudaoClient.connect(port: port) }
                await client.close()
            }
        }
    }

    @Test("calls still running when the grace period ends are answered UNAVAILABLE and the server stops")
    func gracePeriodEnds() async throws {
        let server = try self.makeTestServer(gracePeriod: .milliseconds(200))
        try await testGracefulShutdown { trigger in
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await server.run() }
                let port = try #require(try await server.listeningAddress.port)
                let client = try await DudaoClient.connect(port: port)
                let stuck = Task { try await client.call(ControlService.sleep, payload: Data("30000".utf8)) }
                await self.events.waitForStarts(1)
                let clock = ContinuousClock()
                let start = clock.now
                trigger.triggerGracefulShutdown()
                let error = try await #require(throws: DudaoError.self) { try await stuck.value }
                #expect(error.code == .unavailable)
                try await group.waitForAll()
                #expect(clock.now - start < .seconds(10))
                await client.close()
            }
        }
    }

    @Test("an idle connection is let go at once, so shutdown does not wait for the grace period")
    func idleConnectionsClose() async throws {
        let server = try self.makeTestServer(gracePeriod: .seconds(30))
        try await testGracefulShutdown { trigger in
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await server.run() }
                let port = try #require(try await server.listeningAddress.port)
                let client = try await DudaoClient.connect(port: port)
                _ = try await client.ping()
                let clock = ContinuousClock()
                let start = clock.now
                trigger.triggerGracefulShutdown()
                try await group.waitForAll()
                // Far below the 30-second grace period, with room for a loaded machine.
                #expect(clock.now - start < .seconds(15))
                let error = try await #require(throws: DudaoError.self) { try await client.health() }
                #expect(error.code == .unavailable)
                await client.close()
            }
        }
    }
}
