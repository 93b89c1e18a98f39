import DudaoCore
import Synchronization

/// A token bucket per caller: each call takes one token; tokens come back at a steady rate up to
/// the bucket's size.
///
/// A caller may burst up to `burst` calls, then is held to `perSecond`. A call with no token
/// left is answered `RESOURCE_EXHAUSTED`, saying when to retry.
public final class RateLimiter: Sendable {
    public struct Settings: Sendable, Hashable {
        /// Tokens added per second.
        public var perSecond: Double
        /// The bucket's size: the most calls allowed at once after a quiet spell.
        public var burst: Double

        public init(perSecond: Double, burst: Double) {
            self.perSecond = perSecond
            self.burst = burst
        }
    }

    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    public let settings: Settings
    private let buckets = Mutex<[String: Bucket]>([:])

    public init(settings: Settings) {
        self.settings = settings
    }

    /// Takes one token from `caller`'s bucket.
    ///
    /// - Throws: `RESOURCE_EXHAUSTED` with the wait before the next token.
    public func take(for caller: String, now: ContinuousClock.Instant = .now) throws {
        let settings = self.settings
        let wait: Double? = self.buckets.withLock { buckets in
            var bucket = buckets[caller] ?? Bucket(tokens: settings.burst, updated: now)
            let elapsed = now - bucket.updated
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(settings.burst, bucket.tokens + max(0, seconds) * settings.perSecond)
            bucket.updated = now
            defer { buckets[caller] = bucket }
            guard bucket.tokens >= 1 else {
                return settings.perSecond > 0 ? (1 - bucket.tokens) / settings.perSecond : .infinity
            }
            bucket.tokens -= 1
            return nil
        }
        if let wait {
            let retry = wait.isFinite ? "retry after \(Int((wait * 1000).rounded(.up))) ms" : "no calls are allowed"
            throw DudaoError(.resourceExhausted, "\(caller) is over its rate limit of \(settings.perSecond) calls per second; \(retry)")
        }
    }
}
