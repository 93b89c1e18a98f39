/// Where the daemon listens and the limits that keep one client from exhausting it.
///
/// Every limit has a documented default chosen for a single machine serving a few dozen
/// clients; the daemon's flags and JSON config file set the same keys.
public struct ServerConfiguration: Sendable, Hashable {
    /// The port `dudaod` listens on unless told otherwise.
    public static let defaultPort = 7411
    /// The address `dudaod` listens on unless told otherwise: loopback only, since the protocol
    /// has no authentication.
    public static let defaultHost = "127.0.0.1"

    public var host: String
    /// `0` asks the system for a free port; read the one chosen from
    /// ``DudaoServer/listeningAddress``.
    public var port: Int
    public var limits: ServerLimits
    /// How long in-flight calls may run after shutdown begins before they are cancelled.
    public var gracePeriod: Duration
    /// The version the server reports in its ServerHello and in `Server/Info`.
    public var serverVersion: String

    public init(
        host: String = ServerConfiguration.defaultHost,
        port: Int = ServerConfiguration.defaultPort,
        limits: ServerLimits = ServerLimits(),
        gracePeriod: Duration = .seconds(10),
        serverVersion: String = DudaoServer.version
    ) {
        self.host = host
        self.port = port
        self.limits = limits
        self.gracePeriod = gracePeriod
        self.serverVersion = serverVersion
    }
}
