import DudaoClient
import DudaoCore
import DudaoServer
import DudaoTesting
import Foundation
import Testing

/// Bounds against abuse by one caller, and the listener check.
@Suite("Per-caller limits and the listener check", .timeLimit(.minutes(1)))
struct LimitsTests {
    @Test("calls beyond a caller's rate get RESOURCE_EXHAUSTED saying when to retry; other callers are unaffected")
    func rateLimit() async throws {
        let directory = try temporaryDirectory()
        let tokens = TokenStore(dataDirectory: directory)
        let bureau = try tokens.create(name: "yuhang-bureau")
        let province = try tokens.create(name: "zhejiang-province")
        let settings = ServerSecurity.Settings(tokens: tokens, rateLimit: RateLimiter.Settings(perSecond: 0.01, burst: 2))
        try await withSecureServer(settings) { secure in
            let client = try await secure.connect(token: bureau)
            _ = try await client.list()
            _ = try await client.list()
            let error = try await #require(throws: DudaoError.self) { try await client.list() }
            #expect(error.code == .resourceExhausted)
            #expect(error.message.contains("retry after"))
            await client.close()
            let other = try await secure.connect(token: province)
            _ = try await other.list()
            await other.close()
        }
    }

    @Test("the token bucket refills at its rate")
    func refill() throws {
        let limiter = RateLimiter(settings: RateLimiter.Settings(perSecond: 10, burst: 1))
        let start = ContinuousClock.now
        try limiter.take(for: "a", now: start)
        #expect(throws: DudaoError.self) { try limiter.take(for: "a", now: start + .milliseconds(50)) }
        try limiter.take(for: "a", now: start + .milliseconds(160))
    }

    @Test("a caller at its connection limit is refused another with RESOURCE_EXHAUSTED")
    func connectionsPerCaller() async throws {
        let certificates = try await TestCertificates.get()
        try await withSecureServer(ServerSecurity.Settings(tls: mutualTLS(certificates), maxConnectionsPerCaller: 1)) { secure in
            let first = try await secure.connect(certificate: "xihu-county", certificates: certificates)
            let error = try await #require(throws: DudaoError.self) {
                try await secure.connect(certificate: "xihu-county", certificates: certificates)
            }
            #expect(error.code == .resourceExhausted)
            let other = try await secure.connect(certificate: "hangzhou-city", certificates: certificates)
            await other.close()
            #expect(try await first.health() == .serving)
            await first.close()
        }
    }

    @Test("plain TCP on a public address needs the explicit flag, and then warns")
    func publicPlainTCP() throws {
        let refused = try #require(throws: DudaoError.self) {
            try ServerSecurity.checkListener(host: "0.0.0.0", tls: false, policy: true, allowInsecurePublic: false)
        }
        #expect(refused.code == .failedPrecondition)
        #expect(refused.message.contains("--allow-insecure-public"))
        let warning = try ServerSecurity.checkListener(host: "0.0.0.0", tls: false, policy: true, allowInsecurePublic: true)
        #expect(warning?.contains("without TLS") == true)
        #expect(try ServerSecurity.checkListener(host: "0.0.0.0", tls: true, policy: true, allowInsecurePublic: false) == nil)
        #expect(try ServerSecurity.checkListener(host: "127.0.0.1", tls: false, policy: false, allowInsecurePublic: false) == nil)
    }

    @Test("TLS or a public address without a policy is refused")
    func policyRequired() {
        for (host, tls) in [("127.0.0.1", true), ("0.0.0.0", true), ("10.1.2.3", false)] {
            #expect(throws: DudaoError.self) {
                try ServerSecurity.checkListener(host: host, tls: tls, policy: false, allowInsecurePublic: true)
            }
        }
    }

    @Test("a batch larger than the bound is refused with RESOURCE_EXHAUSTED")
    func batchBound() async throws {
        try await withSecureServer(ServerSecurity.Settings(), policy: nil, configure: { $0.limits.maxBatchInputs = 2 }) { secure in
            let client = try await secure.connect()
            let inputs = (0..<3).map { PupilTeacherRatioAssessment.county(code: "33011\($0)") }
            let error = try await #require(throws: DudaoError.self) { try await client.evaluateAll(inputs) }
            #expect(error.code == .resourceExhausted)
            await client.close()
        }
    }
}
