public import Logging
public import NIOCore
import NIOHTTP1
import NIOPosix
public import Prometheus
public import ServiceLifecycle

/// Serves the Prometheus text exposition of `registry` at `GET /metrics` on a port of its own.
///
/// A port apart from the protocol's, so a scraper needs neither a Dudao client nor a token, and
/// the metrics can be bound to a management network while the protocol faces callers. It answers
/// nothing but `/metrics` (404) and `GET` (405), and holds no state between requests.
public final class MetricsEndpoint: Service, Sendable {
    public let host: String
    public let port: Int
    public let registry: PrometheusCollectorRegistry
    private let onBound: @Sendable (SocketAddress) -> Void
    private let logger: Logger

    /// - Parameter onBound: Told the bound address once listening (the port, when `port` is 0).
    public init(
        host: String, port: Int, registry: PrometheusCollectorRegistry, logger: Logger,
        onBound: @escaping @Sendable (SocketAddress) -> Void = { _ in }
    ) {
        self.host = host
        self.port = port
        self.registry = registry
        self.logger = logger
        self.onBound = onBound
    }

    public func run() async throws {
        let registry = self.registry
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(MetricsHTTPHandler(registry: registry))
                }
            }
            .bind(host: self.host, port: self.port)
            .get()
        if let address = channel.localAddress {
            self.logger.info("metrics served", metadata: ["address": "\(address)"])
            self.onBound(address)
        }
        try await withTaskCancellationOrGracefulShutdownHandler {
            try await channel.closeFuture.get()
        } onCancelOrGracefulShutdown: {
            channel.close(promise: nil)
        }
    }
}

/// Answers one HTTP/1.1 request at a time with the registry's current text.
private final class MetricsHTTPHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let registry: PrometheusCollectorRegistry
    private var request: HTTPRequestHead?

    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch self.unwrapInboundIn(data) {
        case .head(let head):
            self.request = head
        case .body:
            break
        case .end:
            guard let head = self.request else { return }
            self.request = nil
            let path = head.uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? head.uri
            let (status, body): (HTTPResponseStatus, [UInt8]) =
                if path != "/metrics" {
                    (.notFound, Array("only /metrics is served here\n".utf8))
                } else if head.method != .GET {
                    (.methodNotAllowed, Array("only GET is served here\n".utf8))
                } else {
                    (.ok, self.registry.emitToBuffer())
                }
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: status == .ok ? "text/plain; version=0.0.4; charset=utf-8" : "text/plain; charset=utf-8")
            headers.add(name: "Content-Length", value: String(body.count))
            let keepAlive = head.isKeepAlive
            if !keepAlive { headers.add(name: "Connection", value: "close") }
            context.write(self.wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))), promise: nil)
            context.write(self.wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
            let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
            context.writeAndFlush(self.wrapOutboundOut(.end(nil))).whenComplete { _ in
                if !keepAlive { bound.value.close(promise: nil) }
            }
        }
    }
}
