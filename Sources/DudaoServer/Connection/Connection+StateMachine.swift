import DudaoCore

extension Connection {
    /// The protocol rules of one connection as a pure value: no sockets, no clocks, no tasks.
    ///
    /// The connection feeds it what happened (a hello, a call, a finished call, a timer, a shutdown)
    /// and performs the action it returns. Keeping the rules here lets the tests walk every path
    /// without a socket, and keeps the I/O code free of decisions.
    ///
    /// ```
    ///  awaitingHello ──hello──▶ open ──shutdown──▶ draining ──last call done──▶ closed
    ///        │                   │                    │
    ///        └──── shutdown, idle, protocol error, grace expired ─────────────▶ closed
    /// ```
    struct StateMachine: Sendable {
        /// The protocol versions this server speaks.
        public static let supportedProtocolVersions: ClosedRange<UInt32> = 1...1

        public enum State: Sendable, Hashable {
            /// Connected; nothing but a hello (or a ping) is accepted yet.
            case awaitingHello
            /// Handshake done; calls are accepted up to the limit.
            case open(clientName: String, calls: Set<UInt64>)
            /// Go-away sent; calls in flight finish, new calls are refused.
            case draining(calls: Set<UInt64>)
            case closed
        }

        public private(set) var state: State = .awaitingHello
        public let maxCalls: Int
        public let idleTimeout: Duration
        public let handshakeTimeout: Duration
        private let connectedAt: ContinuousClock.Instant
        private var lastActivity: ContinuousClock.Instant
        /// The latest hello, call or call end: what pings and pongs do not move.
        private var lastCallActivity: ContinuousClock.Instant
        /// The payload of the keepalive ping not answered yet.
        private var outstandingPing: UInt64?
        private var pingsSent: UInt64 = 0

        public init(maxCalls: Int, idleTimeout: Duration, handshakeTimeout: Duration, now: ContinuousClock.Instant) {
            self.maxCalls = maxCalls
            self.idleTimeout = idleTimeout
            self.handshakeTimeout = handshakeTimeout
            self.connectedAt = now
            self.lastActivity = now
            self.lastCallActivity = now
        }

        /// The calls in flight.
        public var calls: Set<UInt64> {
            switch self.state {
            case .open(_, let calls), .draining(let calls): calls
            case .awaitingHello, .closed: []
            }
        }

        public var isClosed: Bool { self.state == .closed }

        // MARK: Handshake

        public enum HelloAction: Sendable, Hashable {
            /// Answer with a ServerHello.
            case accept
            /// Answer with this error on call id 0; when `close`, close the connection after it.
            case reject(DudaoError, close: Bool)
            case ignore
        }

        /// A ClientHello arrived.
        public mutating func receivedHello(protocolVersion: UInt32, clientName: String, now: ContinuousClock.Instant) -> HelloAction {
            self.lastActivity = now
            self.lastCallActivity = now
            switch self.state {
            case .awaitingHello:
                guard Self.supportedProtocolVersions.contains(protocolVersion) else {
                    self.state = .closed
                    let supported = Self.supportedProtocolVersions
                    return .reject(
                        DudaoError(.failedPrecondition, "protocol version \(protocolVersion) is not supported; this server speaks \(supported.lowerBound)…\(supported.upperBound)"),
                        close: true
                    )
                }
                self.state = .open(clientName: clientName, calls: [])
                return .accept
            case .open, .draining:
                return .reject(DudaoError(.invalidArgument, "the handshake was already done on this connection"), close: false)
            case .closed:
                return .ignore
            }
        }

        // MARK: Calls

        public enum CallAction: Sendable, Hashable {
            /// Run the call.
            case start
            /// Answer the call with this error; the connection stays open.
            case reject(DudaoError)
            case ignore
        }

        /// A request with call id `id` arrived.
        public mutating func receivedCall(id: UInt64, now: ContinuousClock.Instant) -> CallAction {
            self.lastActivity = now
            self.lastCallActivity = now
            switch self.state {
            case .awaitingHello:
                return .reject(DudaoError(.failedPrecondition, "send a ClientHello before any call"))
            case .open(let clientName, var calls):
                guard id != 0 else {
                    return .reject(DudaoError(.invalidArgument, "call id 0 is reserved for the connection; number calls from 1"))
                }
                guard !calls.contains(id) else {
                    return .reject(DudaoError(.invalidArgument, "call id \(id) is already in flight on this connection"))
                }
                guard calls.count < self.maxCalls else {
                    return .reject(.limit(.callsInFlight, "at most \(self.maxCalls) calls may be in flight on one connection"))
                }
                calls.insert(id)
                self.state = .open(clientName: clientName, calls: calls)
                return .start
            case .draining:
                return .reject(DudaoError(.unavailable, "the server is shutting down; no new calls are accepted"))
            case .closed:
                return .ignore
            }
        }

        public enum FinishAction: Sendable, Hashable {
            /// Send the call's final response.
            case respond
            /// Send the call's final response, then close: the server was draining and this was the last call.
            case respondAndClose
            /// The call already ended (cancelled, timed out, or the connection closed); send nothing.
            case drop
        }

        /// A call produced its final response, or ended by cancel or deadline.
        ///
        /// Only the first end of a call is answered; the others are dropped, so a call never gets
        /// two final responses.
        public mutating func callFinished(id: UInt64, now: ContinuousClock.Instant) -> FinishAction {
            switch self.state {
            case .open(let clientName, var calls):
                guard calls.remove(id) != nil else { return .drop }
                self.lastActivity = now
                self.lastCallActivity = now
                self.state = .open(clientName: clientName, calls: calls)
                return .respond
            case .draining(var calls):
                guard calls.remove(id) != nil else { return .drop }
                self.lastActivity = now
                if calls.isEmpty {
                    self.state = .closed
                    return .respondAndClose
                }
                self.state = .draining(calls: calls)
                return .respond
            case .awaitingHello, .closed:
                return .drop
            }
        }

        /// Whether a cancel for `id` refers to a call in flight (cancels for finished calls are ignored).
        public mutating func receivedCancel(id: UInt64, now: ContinuousClock.Instant) -> Bool {
            self.lastActivity = now
            return self.calls.contains(id)
        }

        /// A frame other than a call arrived (ping, cancel, go-away); it counts as activity.
        public mutating func receivedFrame(now: ContinuousClock.Instant) {
            self.lastActivity = now
        }

        /// A pong arrived. It answers the keepalive but is not activity: a client that only
        /// answers pings is still idle.
        public mutating func receivedPong(payload: UInt64) {
            if payload == self.outstandingPing {
                self.outstandingPing = nil
            }
        }

        // MARK: Keepalive

        public enum KeepaliveAction: Sendable, Hashable {
            /// Send a ping with this payload.
            case ping(UInt64)
            /// The last ping went unanswered for a whole interval: the peer is gone. Send a
            /// go-away, cancel these calls and close.
            case closeUnresponsive(Set<UInt64>)
            case none
        }

        /// The keepalive timer fired: ping, or give up on a peer that did not answer the last one.
        public mutating func keepaliveTimerFired() -> KeepaliveAction {
            switch self.state {
            case .awaitingHello, .closed:
                return .none
            case .open, .draining:
                if self.outstandingPing != nil {
                    let calls = self.calls
                    self.state = .closed
                    return .closeUnresponsive(calls)
                }
                self.pingsSent += 1
                self.outstandingPing = self.pingsSent
                return .ping(self.pingsSent)
            }
        }

        // MARK: Bad input

        /// The byte stream cannot be trusted any more (oversized length, undecodable frame): the
        /// connection sends its error and closes. Returns the calls to cancel.
        public mutating func streamBroken() -> Set<UInt64> {
            let calls = self.calls
            self.state = .closed
            return calls
        }

        /// The peer closed its side or the socket failed. Returns the calls to cancel.
        public mutating func peerClosed() -> Set<UInt64> {
            self.streamBroken()
        }

        // MARK: Idle timeout

        /// When the connection becomes idle unless something happens first; `nil` while calls are
        /// in flight (a long evaluation is not idleness) or once closed. Before the handshake the
        /// handshake timeout applies, counted from the connection's start, so that pings alone
        /// cannot hold a connection that never says hello.
        public var idleDeadline: ContinuousClock.Instant? {
            switch self.state {
            case .awaitingHello: self.connectedAt + self.handshakeTimeout
            case .open(_, let calls) where calls.isEmpty: self.lastActivity + self.idleTimeout
            case .open, .draining, .closed: nil
            }
        }

        public enum IdleAction: Sendable, Hashable {
            /// Send a go-away and close; `handshake` when the client never said hello.
            case goAwayAndClose(handshake: Bool)
            /// Not idle yet; check again at this instant (or after one timeout, when `nil`).
            case checkAgain(at: ContinuousClock.Instant?)
        }

        /// The idle timer fired at `now`.
        public mutating func idleTimerFired(now: ContinuousClock.Instant) -> IdleAction {
            guard let deadline = self.idleDeadline else { return .checkAgain(at: nil) }
            guard now >= deadline else { return .checkAgain(at: deadline) }
            let handshake = self.state == .awaitingHello
            self.state = .closed
            return .goAwayAndClose(handshake: handshake)
        }

        // MARK: Reclaiming

        /// Since when the connection has been unused: no call in flight, and no hello, call or
        /// call end since this instant (pings do not count); `nil` while a call runs or once the
        /// connection is closing. The server closes the longest-unused connection first when it
        /// is full.
        public var unusedSince: ContinuousClock.Instant? {
            switch self.state {
            case .awaitingHello: self.connectedAt
            case .open(_, let calls) where calls.isEmpty: self.lastCallActivity
            case .open, .draining, .closed: nil
            }
        }

        /// The server takes the connection back for a newcomer: closes it when it is unused.
        ///
        /// - Returns: Whether it was unused and is now closed.
        public mutating func reclaim() -> Bool {
            guard self.unusedSince != nil else { return false }
            self.state = .closed
            return true
        }

        // MARK: Shutdown

        public enum DrainAction: Sendable, Hashable {
            /// Send a go-away and close now: nothing is in flight.
            case goAwayAndClose
            /// Send a go-away and wait for the calls in flight, at most the grace period.
            case goAwayAndWait
            case none
        }

        /// The server began a graceful shutdown.
        public mutating func beginDraining() -> DrainAction {
            switch self.state {
            case .awaitingHello:
                self.state = .closed
                return .goAwayAndClose
            case .open(_, let calls) where calls.isEmpty:
                self.state = .closed
                return .goAwayAndClose
            case .open(_, let calls):
                self.state = .draining(calls: calls)
                return .goAwayAndWait
            case .draining, .closed:
                return .none
            }
        }

        /// The grace period ended with calls still in flight. Returns the calls to cancel; the
        /// connection closes once they have answered.
        public mutating func gracePeriodExpired() -> Set<UInt64> {
            guard case .draining(let calls) = self.state else { return [] }
            return calls
        }
    }
}
