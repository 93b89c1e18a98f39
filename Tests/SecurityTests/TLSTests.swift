import DudaoClient
import DudaoCore
import DudaoServer
import DudaoTesting
import Foundation
import Testing

/// TLS and mutual TLS against the real server on a loopback port.
@Suite("TLS and client certificates", .timeLimit(.minutes(1)))
struct TLSTests {
    @Test("a client trusting the server's CA completes the TLS handshake and calls")
    func handshake() async throws {
        let certificates = try await TestCertificates.get()
        let tls = ServerTLS(certificate: certificates.pem("server"), privateKey: certificates.key("server"))
        try await withSecureServer(ServerSecurity.Settings(tls: tls), policy: nil) { secure in
            let client = try await secure.connect(tls: ClientTLS(caCertificate: certificates.pem("ca")))
            #expect(try await client.health() == .serving)
            await client.close()
        }
    }

    @Test("a client that does not trust the server's CA refuses the server")
    func untrustedServer() async throws {
        let certificates = try await TestCertificates.get()
        let tls = ServerTLS(certificate: certificates.pem("server"), privateKey: certificates.key("server"))
        try await withSecureServer(ServerSecurity.Settings(tls: tls), policy: nil) { secure in
            await #expect(throws: (any Error).self) {
                try await secure.connect(tls: ClientTLS(caCertificate: certificates.pem("other-ca")))
            }
        }
    }

    @Test("a TLS failure is one sentence naming the cause, without BoringSSL's internals")
    func untrustedServerExplained() async throws {
        let certificates = try await TestCertificates.get()
        let tls = ServerTLS(certificate: certificates.pem("server"), privateKey: certificates.key("server"))
        try await withSecureServer(ServerSecurity.Settings(tls: tls), policy: nil) { secure in
            let error = try await #require(throws: DudaoError.self) {
                try await secure.connect(tls: ClientTLS(caCertificate: certificates.pem("other-ca")))
            }
            #expect(error.code == .unavailable)
            #expect(error.message.contains("not signed by a trusted CA"))
            #expect(!error.message.contains(".cc"))
        }
    }

    @Test("a plain client on the TLS port is told, in plain frames, to use TLS")
    func plainClientOnTLSPort() async throws {
        let certificates = try await TestCertificates.get()
        let tls = ServerTLS(certificate: certificates.pem("server"), privateKey: certificates.key("server"))
        try await withSecureServer(ServerSecurity.Settings(tls: tls), policy: nil) { secure in
            let error = try await #require(throws: DudaoError.self) { try await secure.connect() }
            #expect(error.code == .failedPrecondition)
            #expect(error.message.contains("this port speaks TLS"))
        }
    }

    @Test("with mutual TLS the client certificate's CN is the identity the methods and the recorder see")
    func mutualTLSIdentity() async throws {
        let certificates = try await TestCertificates.get()
        try await withSecureServer(ServerSecurity.Settings(tls: mutualTLS(certificates))) { secure in
            let client = try await secure.connect(certificate: "xihu-county", certificates: certificates)
            // The client cannot claim another identity through metadata.
            _ = try await client.evaluate(PupilTeacherRatioAssessment.county(code: Region.xihu), metadata: ["authenticated-identity": "zhejiang-province"])
            await client.close()
            #expect(secure.observations.recordedMetadata.map { $0[ServerSecurity.identityKey] } == ["xihu-county"])
            #expect(secure.observations.recordedCallers == [CallerIdentity(clientName: "security-test", authenticatedIdentity: "xihu-county")])
        }
    }

    @Test("client certificates that must be refused", arguments: ["stranger", "expired", nil])
    func refusedCertificate(_ name: String?) async throws {
        let certificates = try await TestCertificates.get()
        try await withSecureServer(ServerSecurity.Settings(tls: mutualTLS(certificates))) { secure in
            // `stranger` is signed by another CA, `expired` ended in 2020, `nil` shows none.
            let tls = ClientTLS(caCertificate: certificates.pem("ca"), certificate: name.map(certificates.pem), privateKey: name.map(certificates.key))
            await #expect(throws: (any Error).self) {
                let client = try await secure.connect(tls: tls)
                defer { Task { await client.close() } }
                _ = try await client.health()
            }
            #expect(secure.observations.recordedMetadata.isEmpty)
        }
    }

    @Test("a plain TCP client gets nothing from a TLS listener")
    func plainClientOnTLS() async throws {
        let certificates = try await TestCertificates.get()
        try await withSecureServer(ServerSecurity.Settings(tls: mutualTLS(certificates))) { secure in
            await #expect(throws: (any Error).self) {
                let client = try await secure.connect()
                await client.close()
            }
        }
    }

    @Test("a peer that never finishes the TLS handshake is closed after the handshake timeout")
    func handshakeTimeout() async throws {
        let certificates = try await TestCertificates.get()
        try await withSecureServer(ServerSecurity.Settings(tls: mutualTLS(certificates)), configure: { $0.limits.handshakeTimeout = .milliseconds(200) }) { secure in
            // Without the timeout this would wait until the suite's time limit fails it.
            let raw = try await RawConnection.connect(port: secure.server.port)
            let frames = try? await raw.readUntilClosed()
            #expect(frames?.isEmpty ?? true)
            await raw.close()
        }
    }

    @Test("reloading serves the new certificate to new connections while an open one keeps working")
    func reload() async throws {
        let certificates = try await TestCertificates.get()
        let directory = try temporaryDirectory()
        let certificate = directory.appendingPathComponent("server.pem")
        let key = directory.appendingPathComponent("server.key")
        try FileManager.default.copyItem(at: certificates.pem("server"), to: certificate)
        try FileManager.default.copyItem(at: certificates.key("server"), to: key)
        let tls = ServerTLS(certificate: certificate, privateKey: key)
        try await withSecureServer(ServerSecurity.Settings(tls: tls), policy: nil) { secure in
            let trustingFirst = ClientTLS(caCertificate: certificates.pem("ca"))
            let trustingSecond = ClientTLS(caCertificate: certificates.pem("other-ca"))
            let established = try await secure.connect(tls: trustingFirst)
            await #expect(throws: (any Error).self) { try await secure.connect(tls: trustingSecond) }

            // The second certificate is signed by the other CA.
            for (target, source) in [(certificate, certificates.pem("server2")), (key, certificates.key("server2"))] {
                try FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: source, to: target)
            }
            try secure.security.reload()

            let fresh = try await secure.connect(tls: trustingSecond)
            #expect(try await fresh.health() == .serving)
            await fresh.close()
            await #expect(throws: (any Error).self) { try await secure.connect(tls: trustingFirst) }
            #expect(try await established.health() == .serving)
            await established.close()
        }
    }

    @Test("a reload with an unreadable key keeps the previous certificate")
    func failedReload() async throws {
        let certificates = try await TestCertificates.get()
        let directory = try temporaryDirectory()
        let key = directory.appendingPathComponent("server.key")
        try FileManager.default.copyItem(at: certificates.key("server"), to: key)
        let security = try ServerSecurity(settings: ServerSecurity.Settings(tls: ServerTLS(certificate: certificates.pem("server"), privateKey: key)))
        let before = try #require(security.currentTLSContext)
        try Data("not a key".utf8).write(to: key)
        #expect(throws: DudaoError.self) { try security.reload() }
        #expect(security.currentTLSContext === before)
    }
}
