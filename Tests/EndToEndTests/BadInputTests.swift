import DudaoClient
import DudaoCore
import DudaoProto
import DudaoServer
import DudaoTesting
import DudaoWire
import Foundation
import NIOCore
import Testing

/// What the server does with bytes the client library would never send, over a real socket,
/// while another connection keeps working.
@Suite("Bad input over a socket", .timeLimit(.minutes(1)))
struct BadInputTests {
    /// Runs `body` with a raw connection, then checks that a well-behaved client still gets served.
    func withRawConnection(
        configure: (inout ServerConfiguration) -> Void = { _ in },
        _ body: (RawConnection) async throws -> Void
    ) async throws {
        try await withLiveServer(configure: configure) { server in
            let bystander = try await server.connect()
            let raw = try await RawConnection.connect(port: server.port)
            try await body(raw)
            await raw.close()
            let result = try await bystander.evaluate(PupilTeacherRatioAssessment.county())
            #expect(result.verdict == .pass)
            await bystander.close()
        }
    }

    func status(_ frame: Dudao_V1_Frame?) -> (UInt64, DudaoError)? {
        guard case .response(let response)? = frame?.kind, response.final, response.status.code != .ok else { return nil }
        return (response.callID, DudaoError(proto: response.status))
    }

    @Test("garbage bytes get INVALID_ARGUMENT on call id 0, a go-away, and the connection is closed")
    func garbage() async throws {
        try await self.withRawConnection { raw in
            try await raw.send(bytes: Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
            let frames = try await raw.readUntilClosed()
            let (callID, error) = try #require(self.status(frames.first))
            #expect(callID == 0)
            #expect(error.code == .invalidArgument)
            guard case .goAway(let goAway)? = frames.last?.kind else {
                Issue.record("expected a go-away before the close, got \(frames)")
                return
            }
            #expect(goAway.status.code == .invalidArgument)
        }
    }

    @Test("a frame longer than the limit is refused after its header, RESOURCE_EXHAUSTED, then closed")
    func oversized() async throws {
        try await self.withRawConnection(configure: { $0.limits.maxFrameBytes = 1024 }) { raw in
            // Only the header: the server must not wait for the 1 MiB it announces.
            try await raw.send(bytes: [0, 0, 0x10, 0, 0])
            let frames = try await raw.readUntilClosed()
            let (callID, error) = try #require(self.status(frames.first))
            #expect(callID == 0)
            #expect(error.code == .resourceExhausted)
        }
    }

    @Test("a well-framed payload that is not an envelope gets INVALID_ARGUMENT, and the connection stays usable")
    func undecodableEnvelope() async throws {
        try await self.withRawConnection { raw in
            try await raw.send(bytes: [0, 0, 0, 0, 3, 0xFF, 0xFF, 0xFF])
            let (callID, error) = try #require(self.status(try await raw.next()))
            #expect(callID == 0)
            #expect(error.code == .invalidArgument)
            guard case .serverHello? = try await raw.handshake()?.kind else {
                Issue.record("the connection should still take a hello")
                return
            }
        }
    }

    @Test("a call before the handshake is FAILED_PRECONDITION on that call")
    func beforeHandshake() async throws {
        try await self.withRawConnection { raw in
            try await raw.send(.request(callID: 9, method: WireMethod.healthCheck.rawValue, payload: Data()))
            let (callID, error) = try #require(self.status(try await raw.next()))
            #expect(callID == 9)
            #expect(error.code == .failedPrecondition)
        }
    }

    @Test("an unknown method is UNIMPLEMENTED on that call")
    func unknownMethod() async throws {
        try await self.withRawConnection { raw in
            try await raw.handshake()
            try await raw.send(.request(callID: 1, method: "dudao.v1.Nothing/Here", payload: Data()))
            let (callID, error) = try #require(self.status(try await raw.next()))
            #expect(callID == 1)
            #expect(error.code == .unimplemented)
        }
    }

    @Test("reusing the id of a call in flight is INVALID_ARGUMENT, and the first call still completes")
    func reusedCallID() async throws {
        try await self.withRawConnection { raw in
            try await raw.handshake()
            try await raw.send(.request(callID: 5, method: ControlService.sleep, payload: Data("300".utf8)))
            try await raw.send(.request(callID: 5, method: ControlService.sleep, payload: Data("0".utf8)))
            let (callID, error) = try #require(self.status(try await raw.next()))
            #expect(callID == 5)
            #expect(error.code == .invalidArgument)
            guard case .response(let first)? = try await raw.next()?.kind else {
                Issue.record("the first call should still be answered")
                return
            }
            #expect(first.callID == 5)
            #expect(first.status.code == .ok)
            #expect(first.payload == Data("slept".utf8))
        }
    }

    @Test("an unsupported protocol version is refused and the connection closed")
    func badVersion() async throws {
        try await self.withRawConnection { raw in
            try await raw.send(.clientHello(clientName: "future", protocolVersion: 99))
            let frames = try await raw.readUntilClosed()
            let (_, error) = try #require(self.status(frames.first))
            #expect(error.code == .failedPrecondition)
        }
    }

    @Test("pings are answered with the same payload")
    func ping() async throws {
        try await self.withRawConnection { raw in
            try await raw.handshake()
            try await raw.send(.ping(42))
            guard case .pong(let pong)? = try await raw.next()?.kind else {
                Issue.record("expected a pong")
                return
            }
            #expect(pong.payload == 42)
        }
    }

    @Test("an answer larger than the client's frame limit is RESOURCE_EXHAUSTED instead, streamed or final")
    func answerOverClientLimit() async throws {
        try await self.withRawConnection { raw in
            var hello = Dudao_V1_ClientHello()
            hello.protocolVersion = WireProtocol.version
            hello.clientName = "small-frames"
            hello.maxFrameBytes = 200
            var frame = Dudao_V1_Frame()
            frame.clientHello = hello
            try await raw.send(frame)
            guard case .serverHello? = try await raw.next()?.kind else {
                Issue.record("expected a ServerHello")
                return
            }
            let big = Data(repeating: 0x61, count: 500)
            try await raw.send(.request(callID: 1, method: ControlService.echo, payload: big))
            let (callID, error) = try #require(self.status(try await raw.next()))
            #expect(callID == 1)
            #expect(error.code == .resourceExhausted)

            try await raw.send(.request(callID: 2, method: ControlService.echo, payload: big, metadata: [(key: "repeat", value: "2")]))
            let (streamedID, streamedError) = try #require(self.status(try await raw.next()))
            #expect(streamedID == 2)
            #expect(streamedError.code == .resourceExhausted)

            try await raw.send(.request(callID: 3, method: ControlService.echo, payload: Data("small".utf8)))
            guard case .response(let fits)? = try await raw.next()?.kind else {
                Issue.record("expected a response")
                return
            }
            #expect(fits.status.code == .ok)
            #expect(fits.payload == Data("small".utf8))
        }
    }
}
