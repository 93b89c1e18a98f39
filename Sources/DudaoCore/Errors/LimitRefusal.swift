/// Which limit refused a call, carried by a `RESOURCE_EXHAUSTED` error.
///
/// The status code alone cannot tell a caller whether waiting helps: a rate limit clears by
/// itself after ``retryAfter``, a frame that is too large never does. Clients read this instead
/// of parsing the English message.
public struct LimitRefusal: Sendable, Hashable {
    public enum Kind: Int, Sendable, Hashable, CaseIterable {
        /// The caller made more calls per second than its share; retry after ``retryAfter``.
        case rate = 1
        /// A frame, request or answer is larger than the frame limit; retrying it as it is fails again.
        case frameSize = 2
        /// The connection has its maximum of calls in flight; retry once one has finished.
        case callsInFlight = 3
        /// The server has its maximum of connections open.
        case connections = 4
        /// This caller (identity or address) has its maximum of connections open.
        case callerConnections = 5
        /// A batch holds more inputs than the server takes in one call.
        case batchSize = 6
    }

    public var kind: Kind
    /// How long to wait before the same call would be admitted; `nil` when unknown or waiting
    /// does not help.
    public var retryAfter: Duration?

    public init(_ kind: Kind, retryAfter: Duration? = nil) {
        self.kind = kind
        self.retryAfter = retryAfter
    }
}

extension DudaoError {
    /// A `RESOURCE_EXHAUSTED` error naming the limit that refused the call.
    public static func limit(_ kind: LimitRefusal.Kind, _ message: String, retryAfter: Duration? = nil) -> DudaoError {
        var error = DudaoError(.resourceExhausted, message)
        error.limit = LimitRefusal(kind, retryAfter: retryAfter)
        return error
    }
}
