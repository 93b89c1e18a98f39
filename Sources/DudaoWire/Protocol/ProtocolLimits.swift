/// The limits a server enforces on each connection, advertised to the client in `ServerHello`.
///
/// Every limit exists so that one client cannot take more than its share of a small daemon: the
/// frame size bounds the memory one message can pin, the calls in flight bound the work one
/// connection can queue, and the timeouts free connections that went quiet.
public struct ProtocolLimits: Sendable, Hashable {
    /// Largest frame payload in bytes (the 5-byte prefix not counted). Default 4 MiB, as gRPC's.
    public var maxFrameBytes: Int
    /// Requests in flight at once on one connection; one more is answered `RESOURCE_EXHAUSTED`.
    public var maxCallsInFlight: Int
    /// A connection with no frame in either direction for this long is sent `GoAway` and closed.
    public var idleTimeout: Duration
    /// Time allowed between accepting a connection and receiving its `ClientHello`.
    public var handshakeTimeout: Duration
    /// Upper bound on a call's timeout; also the timeout of a call that sets none.
    public var maxCallTimeout: Duration
    /// Most inputs in one `EvaluateBatch` call.
    public var maxBatchInputs: Int

    public init(
        maxFrameBytes: Int = 4 * 1024 * 1024,
        maxCallsInFlight: Int = 64,
        idleTimeout: Duration = .seconds(60),
        handshakeTimeout: Duration = .seconds(10),
        maxCallTimeout: Duration = .seconds(300),
        maxBatchInputs: Int = 10_000
    ) {
        self.maxFrameBytes = maxFrameBytes
        self.maxCallsInFlight = maxCallsInFlight
        self.idleTimeout = idleTimeout
        self.handshakeTimeout = handshakeTimeout
        self.maxCallTimeout = maxCallTimeout
        self.maxBatchInputs = maxBatchInputs
    }

    /// The limits of a server started without options.
    public static let `default` = ProtocolLimits()
}
