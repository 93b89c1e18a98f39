public import NIOCore

/// Where a connection comes from, as per-caller limits count callers without a credential.
public struct PeerAddress: Sendable, Hashable, CustomStringConvertible {
    /// The IP address, e.g. `127.0.0.1` or `::1`.
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// The address of a socket; `nil` for one without an IP address (a Unix socket, a test channel).
    public init?(_ address: SocketAddress?) {
        guard let address, let host = address.ipAddress else { return nil }
        self.init(host: host, port: address.port ?? 0)
    }

    public var isLoopback: Bool { ServerSecurity.isLoopback(self.host) }

    /// The key an anonymous caller's connections are counted under: its IP address.
    public var connectionKey: String { "address \(self.host)" }

    /// The key an anonymous caller's calls are rated under. On loopback every process shares
    /// one address, so each connection is its own caller there (the connection cap per address
    /// bounds how many one machine holds); elsewhere the address is the caller.
    public var rateKey: String { self.isLoopback ? "connection \(self)" : "address \(self.host)" }

    public var description: String { self.host.contains(":") ? "[\(self.host)]:\(self.port)" : "\(self.host):\(self.port)" }
}
