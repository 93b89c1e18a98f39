public import DudaoCore
import Synchronization

/// A token bucket per caller that shares the server between callers without capping a caller
/// that is alone.
///
/// Each call takes one token; tokens come back at `perSecond` up to `burst`. A caller whose
/// bucket is empty is refused only while some *other* caller has called within the last
/// ``contentionWindow``: the limit exists so that one busy caller cannot starve the others, and
/// when there are no others it would only slow down the one caller there is (a script on the
/// daemon's own machine, a benchmark). A refused call gets `RESOURCE_EXHAUSTED` with
/// ``LimitRefusal/Kind/rate`` and the wait before its next token.
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

    /// A refused call, and whether it is the one of its run that goes into the audit trail.
    public struct Refusal: Error, DudaoErrorConvertible {
        public var dudaoError: DudaoError
        /// Whether this refusal is written to the audit trail: the first of a caller in each
        /// ``RateLimiter/auditInterval``, its message counting the ones left out since.
        public var audited: Bool
    }

    /// How recent another caller's call must be for the limit to apply.
    public static let contentionWindow: Duration = .seconds(1)
    /// At most one refusal per caller is audited in this interval; the others are counted.
    public static let auditInterval: Duration = .seconds(60)
    /// Buckets that have refilled are forgotten after this many calls, so that callers that come
    /// and go (one bucket per anonymous connection) do not accumulate.
    fileprivate static let pruneEvery = 1024

    fileprivate struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
        var lastAuditedRefusal: ContinuousClock.Instant?
        var unauditedRefusals = 0
    }

    fileprivate struct State {
        var buckets: [String: Bucket] = [:]
        /// The caller of the latest call, and when.
        var latestCaller: String?
        var latestCall: ContinuousClock.Instant?
        /// The latest call by a caller other than `latestCaller`.
        var latestOtherCall: ContinuousClock.Instant?
        var callsSincePrune = 0
    }

    public let settings: Settings
    private let state = Mutex(State())

    public init(settings: Settings) {
        self.settings = settings
    }

    /// Takes one token from `caller`'s bucket.
    ///
    /// - Throws: ``Refusal`` (`RESOURCE_EXHAUSTED`, ``LimitRefusal/Kind/rate``) with the wait
    ///   before the next token, when the bucket is empty and another caller is active.
    public func take(for caller: String, now: ContinuousClock.Instant = .now) throws(Refusal) {
        let settings = self.settings
        let refusal: (wait: Double, audited: Bool, unaudited: Int)? = self.state.withLock { state in
            let othersActive = state.callByOthers(than: caller).map { now - $0 < Self.contentionWindow } ?? false
            state.noteCall(by: caller, at: now)
            state.prune(now: now, settings: settings)
            var bucket = state.buckets[caller] ?? Bucket(tokens: settings.burst, updated: now)
            bucket.tokens = bucket.refilled(at: now, settings: settings)
            bucket.updated = now
            defer { state.buckets[caller] = bucket }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                return nil
            }
            guard othersActive else { return nil }
            let wait = settings.perSecond > 0 ? (1 - bucket.tokens) / settings.perSecond : .infinity
            if let last = bucket.lastAuditedRefusal, now - last < Self.auditInterval {
                bucket.unauditedRefusals += 1
                return (wait, false, 0)
            }
            let unaudited = bucket.unauditedRefusals
            bucket.lastAuditedRefusal = now
            bucket.unauditedRefusals = 0
            return (wait, true, unaudited)
        }
        guard let refusal else { return }
        var message = "\(caller) is over its rate limit of \(settings.perSecond) calls per second while other callers are active"
        var retryAfter: Duration?
        if refusal.wait.isFinite {
            let milliseconds = Int64((refusal.wait * 1000).rounded(.up))
            retryAfter = .milliseconds(milliseconds)
            message += "; retry after \(milliseconds) ms"
        }
        if refusal.unaudited > 0 {
            message += " (\(refusal.unaudited) more of its calls were refused since the last one audited)"
        }
        throw Refusal(dudaoError: .limit(.rate, message, retryAfter: retryAfter), audited: refusal.audited)
    }

    /// Callers with a bucket, for tests of the pruning.
    var bucketCount: Int { self.state.withLock { $0.buckets.count } }
}

extension RateLimiter.Bucket {
    fileprivate func refilled(at now: ContinuousClock.Instant, settings: RateLimiter.Settings) -> Double {
        let elapsed = now - self.updated
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return min(settings.burst, self.tokens + max(0, seconds) * settings.perSecond)
    }
}

extension RateLimiter.State {
    /// The latest call by anyone but `caller`.
    fileprivate func callByOthers(than caller: String) -> ContinuousClock.Instant? {
        self.latestCaller == caller ? self.latestOtherCall : self.latestCall
    }

    fileprivate mutating func noteCall(by caller: String, at now: ContinuousClock.Instant) {
        if self.latestCaller != caller {
            self.latestOtherCall = self.latestCall
            self.latestCaller = caller
        }
        self.latestCall = now
    }

    fileprivate mutating func prune(now: ContinuousClock.Instant, settings: RateLimiter.Settings) {
        self.callsSincePrune += 1
        guard self.callsSincePrune >= RateLimiter.pruneEvery else { return }
        self.callsSincePrune = 0
        self.buckets = self.buckets.filter { _, bucket in
            bucket.refilled(at: now, settings: settings) < settings.burst
                || bucket.lastAuditedRefusal.map { now - $0 < RateLimiter.auditInterval } == true
        }
    }
}
