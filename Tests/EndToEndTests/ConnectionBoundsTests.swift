import DudaoClient
import DudaoCore
import DudaoProto
import DudaoServer
import DudaoStore
import DudaoTesting
import DudaoWire
import NIOCore
import Foundation
import Testing

/// The connection bounds hold under abuse: unused connections make room, a health check always
/// gets through, and one caller cannot hold every socket.
@Suite("Connection bounds", .timeLimit(.minutes(1)))
struct ConnectionBoundsTests {
    @Test("when the server is full, its longest-unused connection is closed to make room; pings do not keep it")
    func unusedConnectionReclaimed() async throws {
        try await withLiveServer(configure: { $0.limits.maxConnections = 2 }) { server in
            let idle = try await server.connect(clientName: "idle")
            _ = try await idle.ping()
            let recent = try await server.connect(clientName: "recent")
            _ = try await idle.ping()
            _ = try await recent.list()
            let newcomer = try await server.connect(clientName: "newcomer")
            _ = try await newcomer.list()
            // The one that only pinged went, the one that called stayed.
            await #expect(throws: DudaoError.self) { _ = try await idle.list() }
            _ = try await recent.list()
            await idle.close()
            await recent.close()
            await newcomer.close()
        }
    }

    @Test("a server full of busy connections still answers a health check; other calls and further connections are refused naming the limit")
    func healthCheckSlot() async throws {
        let events = ControlEvents()
        try await withLiveServer(configure: { $0.limits.maxConnections = 1 }, services: [ControlService(events: events)]) { server in
            let busy = try await server.connect()
            let sleeping = Task { try await busy.call(ControlService.sleep, payload: Data("20000".utf8)) }
            await events.waitForStarts(1)
            let probe = try await server.connect(clientName: "probe")
            #expect(try await probe.health() == .serving)
            let refused = try await #require(throws: DudaoError.self) { try await probe.list() }
            #expect(refused.code == .resourceExhausted)
            #expect(refused.limit?.kind == .connections)
            let error = try await #require(throws: DudaoError.self) { try await server.connect() }
            #expect(error.code == .resourceExhausted)
            #expect(error.limit?.kind == .connections)
            sleeping.cancel()
            _ = await sleeping.result
            await probe.close()
            await busy.close()
        }
    }

    @Test("connections without a certificate are bounded per address, below the server's bound")
    func perAddressBound() async throws {
        let events = ControlEvents()
        let security = try ServerSecurity(settings: ServerSecurity.Settings(maxConnectionsPerCaller: 1))
        try await withLiveServer(services: [ControlService(events: events)], security: security) { server in
            let busy = try await server.connect()
            let sleeping = Task { try await busy.call(ControlService.sleep, payload: Data("20000".utf8)) }
            await events.waitForStarts(1)
            let probe = try await server.connect(clientName: "probe")
            #expect(try await probe.health() == .serving)
            let error = try await #require(throws: DudaoError.self) { try await server.connect() }
            #expect(error.limit?.kind == .callerConnections)
            #expect(error.message.contains("address 127.0.0.1"))
            sleeping.cancel()
            _ = await sleeping.result
            await probe.close()
            await busy.close()
        }
    }

    @Test("an error answer fits the frame size the client announced, and a huge method name is not echoed")
    func errorsFitTheClientsFrame() async throws {
        try await withLiveServer { server in
            let connection = try await RawConnection.connect(port: server.port)
            var hello = Dudao_V1_Frame.clientHello(clientName: String(repeating: "n", count: 100_000))
            hello.clientHello.maxFrameBytes = 65_536
            try await connection.send(hello)
            _ = try await connection.next()
            let method = "dudao.v1.Assessments/" + String(repeating: "E", count: 3_000_000)
            try await connection.send(.request(callID: 1, method: method, payload: Data()))
            let answer = try #require(try await connection.next())
            #expect(try Frame(envelope: answer).payload.readableBytes <= 65_536)
            #expect(answer.response.status.code == .unimplemented)
            #expect(answer.response.status.message.utf8.count < 300)
            await connection.close()
        }
    }

    @Test("300 fast health checks from one local script do not make another local process's health check fail")
    func oneScriptDoesNotStarveAnother() async throws {
        let security = try ServerSecurity(settings: ServerSecurity.Settings(rateLimit: RateLimiter.Settings(perSecond: 50, burst: 100)))
        try await withLiveServer(security: security) { server in
            let script = try await server.connect(clientName: "script")
            for _ in 0..<300 {
                #expect(try await script.health() == .serving)
            }
            let other = try await server.connect(clientName: "dudao health")
            #expect(try await other.health() == .serving)
            await script.close()
            await other.close()
        }
    }

    @Test("a huge client name and trace id are cut before they reach the audit trail")
    func callerTextBounded() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-bounds-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try SQLiteRecordStore(directory: directory)
        try await withLiveServer(store: store) { server in
            let client = try await server.connect(clientName: String(repeating: "名", count: 200_000))
            _ = try await client.records(matching: RecordFilter(), metadata: [MetadataKey.traceID: String(repeating: "t", count: 1_000_000)])
            await client.close()
        }
        let entries = try await store.audit(matching: AuditFilter()).entries
        let entry = try #require(entries.first)
        #expect(entry.caller.clientName.utf8.count <= 128)
        #expect((entry.traceID?.utf8.count ?? 0) <= 128)
        #expect(entry.traceID?.hasPrefix("ttt") == true)
    }
}
