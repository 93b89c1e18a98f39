import NIOCore
public import DudaoWire

/// The limits the server enforces and announces to each client in its ServerHello.
///
/// Each limit answers a different way of running out: memory per frame, file descriptors and
/// tasks per process, CPU per connection, and sockets held by clients that went away silently.
public struct ServerLimits: Sendable, Hashable {
    /// The largest frame payload accepted, checked before the payload is buffered. A larger
    /// length prefix gets `RESOURCE_EXHAUSTED` and the connection is closed, since the byte
    /// stream cannot be resynchronised without reading the oversized payload. Default 4 MiB.
    public var maxFrameBytes: Int
    /// Open connections beyond this are answered with `RESOURCE_EXHAUSTED` and closed. Default 256.
    public var maxConnections: Int
    /// Calls in flight on one connection beyond this are answered with `RESOURCE_EXHAUSTED`;
    /// the connection stays open. Default 64.
    public var maxCallsPerConnection: Int
    /// A connection with no call in flight and no frame received for this long is sent a go-away
    /// and closed. Default 60 s.
    public var idleTimeout: Duration
    /// Time allowed between connecting and the ClientHello. Default 10 s.
    public var handshakeTimeout: Duration
    /// The longest a call may run: the bound on a request's own timeout, and the timeout of a
    /// request that sets none. Default 5 min.
    public var maxCallDuration: Duration
    /// Most inputs in one `EvaluateBatch` call. Default 10 000.
    public var maxBatchInputs: Int
    /// Items of one `EvaluateBatch` evaluated at the same time. Default: the number of cores.
    public var batchConcurrency: Int
    /// Evaluations waiting for a core (see ``EvaluationGate``) beyond which a new one is refused
    /// with `RESOURCE_EXHAUSTED`. Default 4 096: enough for every connection's calls in flight.
    public var maxWaitingEvaluations: Int
    /// `Evaluate` calls let past the line at once: evaluating, or holding their answer until its
    /// record is committed. It bounds the memory held by answers when the disk is slow; the calls
    /// behind it wait holding only their request's bytes. Default: 8 per core, so a commit
    /// still groups several records; never narrower than the number of cores.
    public var evaluationWindow: Int
    /// How often the server pings each client after the handshake; a client that has not
    /// answered the previous ping by the next one is taken for gone, its calls are cancelled and
    /// the connection closed. This catches dead peers while calls are in flight, which the idle
    /// timeout does not. Default: off.
    public var keepaliveInterval: Duration?

    public init(
        maxFrameBytes: Int = 4 * 1024 * 1024,
        maxConnections: Int = 256,
        maxCallsPerConnection: Int = 64,
        idleTimeout: Duration = .seconds(60),
        handshakeTimeout: Duration = .seconds(10),
        maxCallDuration: Duration = .seconds(300),
        maxBatchInputs: Int = 10_000,
        batchConcurrency: Int = ServerLimits.defaultBatchConcurrency,
        maxWaitingEvaluations: Int = 4096,
        evaluationWindow: Int = ServerLimits.defaultEvaluationWindow,
        keepaliveInterval: Duration? = nil
    ) {
        self.maxFrameBytes = maxFrameBytes
        self.maxConnections = maxConnections
        self.maxCallsPerConnection = maxCallsPerConnection
        self.idleTimeout = idleTimeout
        self.handshakeTimeout = handshakeTimeout
        self.maxCallDuration = maxCallDuration
        self.maxBatchInputs = maxBatchInputs
        self.batchConcurrency = batchConcurrency
        self.maxWaitingEvaluations = maxWaitingEvaluations
        self.evaluationWindow = evaluationWindow
        self.keepaliveInterval = keepaliveInterval
    }

    public static var defaultBatchConcurrency: Int { max(1, System.coreCount) }
    public static var defaultEvaluationWindow: Int { 8 * max(1, System.coreCount) }
}

extension ServerLimits {
    /// The per-connection limits as advertised to clients in the ServerHello.
    public var protocolLimits: ProtocolLimits {
        ProtocolLimits(
            maxFrameBytes: self.maxFrameBytes,
            maxCallsInFlight: self.maxCallsPerConnection,
            idleTimeout: self.idleTimeout,
            handshakeTimeout: self.handshakeTimeout,
            maxCallTimeout: self.maxCallDuration,
            maxBatchInputs: self.maxBatchInputs
        )
    }
}
