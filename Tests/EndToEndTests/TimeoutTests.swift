import DudaoClient
import DudaoCore
import Foundation
import DudaoProto
import DudaoServer
import DudaoTesting
import NIOCore
import Testing

@Suite("Idle and handshake timeouts", .timeLimit(.minutes(1)))
struct TimeoutTests {
    @Test("an idle connection is sent a go-away and closed once the idle timeout passes")
    func idle() async throws {
        try await withLiveServer(configure: { $0.limits.idleTimeout = .milliseconds(200) }) { server in
            // Start the clock before the handshake: the server's idle timer starts at its last frame
            // (the ServerHello), which is later, so the measured time is a lower bound even under load.
            let clock = ContinuousClock()
            let start = clock.now
            let raw = try await RawConnection.connect(port: server.port)
            try await raw.handshake()
            let frames = try await raw.readUntilClosed()
            #expect(clock.now - start >= .milliseconds(150))
            guard case .goAway(let goAway)? = frames.last?.kind else {
                Issue.record("expected a go-away, got \(frames)")
                return
            }
            #expect(goAway.status.code == .unavailable)
            #expect(goAway.status.message.contains("idle"))
            await raw.close()
        }
    }

    @Test("a connection that never says hello is closed after the handshake timeout")
    func handshake() async throws {
        try await withLiveServer(configure: { $0.limits.handshakeTimeout = .milliseconds(200) }) { server in
            let raw = try await RawConnection.connect(port: server.port)
            let frames = try await raw.readUntilClosed()
            guard case .goAway(let goAway)? = frames.last?.kind else {
                Issue.record("expected a go-away, got \(frames)")
                return
            }
            #expect(goAway.status.message.contains("ClientHello"))
            await raw.close()
        }
    }
}

@Suite("Keepalive pings from the server", .timeLimit(.minutes(1)))
struct KeepaliveTests {
    @Test("the client library answers the server's pings, so its connection stays up")
    func clientAnswers() async throws {
        // Intervals of two seconds: a loaded machine still answers each ping before the next.
        try await withTestServer(configure: { $0.limits.keepaliveInterval = .seconds(2) }) { client in
            // A call that spans several keepalive intervals ends normally.
            let answer = try await client.call(ControlService.sleep, payload: Data("6500".utf8))
            #expect(answer == Data("slept".utf8))
        }
    }

    @Test("a peer that does not answer pings is sent a go-away and closed")
    func silentPeer() async throws {
        try await withLiveServer(configure: { $0.limits.keepaliveInterval = .milliseconds(50) }) { server in
            let raw = try await RawConnection.connect(port: server.port)
            try await raw.handshake()
            let frames = try await raw.readUntilClosed()
            #expect(frames.contains { if case .ping? = $0.kind { true } else { false } })
            guard case .goAway(let goAway)? = frames.last?.kind else {
                Issue.record("expected a go-away, got \(frames)")
                return
            }
            #expect(goAway.status.message.contains("ping"))
            await raw.close()
        }
    }
}
