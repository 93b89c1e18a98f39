import DudaoClient
import DudaoCore
import DudaoServer
import DudaoTesting
import Foundation
import Testing

/// Bounds against abuse by one caller, and the listener check.
@Suite("Per-caller limits and the listener check", .timeLimit(.minutes(1)))
struct LimitsTests {
    @Test("calls beyond a caller's rate while another caller is active get RESOURCE_EXHAUSTED with the rate limit and the wait; the other caller is unaffected")
    func rateLimit() async throws {
        let directory = try temporaryDirectory()
        let tokens = TokenStore(dataDirectory: directory)
        let bureau = try tokens.create(name: "yuhang-bureau")
        let province = try tokens.create(name: "zhejiang-province")
        let settings = ServerSecurity.Settings(tokens: tokens, rateLimit: RateLimiter.Settings(perSecond: 0.01, burst: 2))
        try await withSecureServer(settings) { secure in
            let client = try await secure.connect(token: bureau)
            let other = try await secure.connect(token: province)
            _ = try await client.list()
            _ = try await client.list()
            _ = try await other.list()
            let error = try await #require(throws: DudaoError.self) { try await client.list() }
            #expect(error.code == .resourceExhausted)
            #expect(error.limit?.kind == .rate)
            let wait = try #require(error.limit?.retryAfter)
            #expect(wait > .seconds(1))
            _ = try await other.list()
            await client.close()
            await other.close()
        }
    }

    @Test("a caller alone is not held back by the rate limit")
    func aloneUnlimited() throws {
        let limiter = RateLimiter(settings: RateLimiter.Settings(perSecond: 1, burst: 1))
        let start = ContinuousClock.now
        for step in 0..<300 {
            try limiter.take(for: "script", now: start + .milliseconds(step))
        }
        try limiter.take(for: "probe", now: start + .milliseconds(300))
        #expect(throws: RateLimiter.Refusal.self) { try limiter.take(for: "script", now: start + .milliseconds(301)) }
        // Once the other caller has been quiet for the contention window, the first runs free again.
        try limiter.take(for: "script", now: start + .milliseconds(1400))
    }

    @Test("the token bucket refills at its rate")
    func refill() throws {
        let limiter = RateLimiter(settings: RateLimiter.Settings(perSecond: 10, burst: 1))
        let start = ContinuousClock.now
        try limiter.take(for: "other", now: start)
        try limiter.take(for: "a", now: start)
        #expect(throws: RateLimiter.Refusal.self) { try limiter.take(for: "a", now: start + .milliseconds(50)) }
        try limiter.take(for: "a", now: start + .milliseconds(160))
    }

    @Test("only one refusal per caller and minute is audited; it counts the others")
    func refusalsSampledForAudit() {
        let limiter = RateLimiter(settings: RateLimiter.Settings(perSecond: 1, burst: 1))
        let start = ContinuousClock.now
        var refusals: [RateLimiter.Refusal] = []
        for step in 0..<50 {
            let now = start + .milliseconds(step)
            try? limiter.take(for: "other", now: now)
            do {
                try limiter.take(for: "flood", now: now)
            } catch {
                refusals.append(error)
            }
        }
        #expect(refusals.count == 49)
        #expect(refusals.filter(\.audited).count == 1)
        let later = start + .seconds(61)
        try? limiter.take(for: "other", now: later)
        try? limiter.take(for: "flood", now: later)
        do {
            try limiter.take(for: "flood", now: later)
            Issue.record("the call should have been refused")
        } catch {
            #expect(error.audited)
            #expect(error.dudaoError.message.contains("48 more of its calls were refused"))
        }
    }

    @Test("a certificate identity at its connection bound gets room by closing its own unused connection, not another caller's")
    func connectionsPerCaller() async throws {
        let certificates = try await TestCertificates.get()
        try await withSecureServer(ServerSecurity.Settings(tls: mutualTLS(certificates), maxConnectionsPerCaller: 1)) { secure in
            let other = try await secure.connect(certificate: "hangzhou-city", certificates: certificates)
            let first = try await secure.connect(certificate: "xihu-county", certificates: certificates)
            let second = try await secure.connect(certificate: "xihu-county", certificates: certificates)
            _ = try await second.ping()
            await #expect(throws: DudaoError.self) { _ = try await first.ping() }
            _ = try await other.ping()
            await first.close()
            await second.close()
            await other.close()
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
