import DudaoCore
import DudaoProto
import DudaoWire
public import Logging
public import NIOCore
import NIOExtras
import NIOSSL
public import NIOPosix
public import ServiceLifecycle
import Synchronization

/// The daemon's listener: accepts connections on TCP and serves the Dudao protocol on each.
///
/// Run it as a `Service` in a `ServiceGroup`. On graceful shutdown (SIGTERM or SIGINT through the
/// group, or ``beginShutdown()``) it stops accepting, flips health to NOT_SERVING, sends each
/// connection a go-away, lets calls in flight finish within the grace period, and then returns
/// from ``run()``. One connection failing never takes the server down.
///
/// ```swift
/// let server = DudaoServer(configuration: configuration, dispatcher: dispatcher, logger: logger)
/// let group = ServiceGroup(services: [server], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
/// try await group.run()
/// ```
public final class DudaoServer: Service, Sendable {
    /// The version of the server, reported in the ServerHello and by `Server/Info`.
    public static let version = "0.1.0"
    /// The server's name in the ServerHello.
    public static let name = "dudaod"

    private struct Table {
        var nextID: UInt64 = 0
        var connections: [UInt64: Connection] = [:]
        var shuttingDown = false
        /// The caller each connection is counted under (see ``Admission``).
        var callers: [UInt64: String] = [:]
        /// The connections admitted into the slot kept for health checks.
        var healthOnly: Set<UInt64> = []
    }

    /// Connections beyond `maxConnections` admitted for `Health/Check` only, so that a probe
    /// gets an answer while the server is full of busy connections.
    public static let healthCheckSlots = 1

    private let configuration: ServerConfiguration
    private let dispatcher: Dispatcher
    private let servingState: ServingState
    private let eventLoopGroup: any EventLoopGroup
    private let logger: Logger
    private let quiesce: ServerQuiescingHelper
    private let table = Mutex(Table())
    private let address = AddressBox()
    private let security: ServerSecurity?

    /// - Parameters:
    ///   - configuration: Where to listen and the limits.
    ///   - dispatcher: The methods to serve (see ``makeDispatcher(registry:servingState:recorder:configuration:logger:)``).
    ///   - servingState: Shared with the health method, which answers NOT_SERVING once shutdown begins.
    ///   - eventLoopGroup: The NIO threads for socket I/O only; calls run on Swift's cooperative pool.
    ///   - logger: The server's logger.
    ///   - security: TLS for the listener and the per-caller connection bound; the dispatcher
    ///     holds the same object for the per-call checks.
    public init(
        configuration: ServerConfiguration,
        dispatcher: Dispatcher,
        servingState: ServingState = ServingState(),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger,
        security: ServerSecurity? = nil
    ) {
        self.configuration = configuration
        self.dispatcher = dispatcher
        self.security = security
        self.servingState = servingState
        self.eventLoopGroup = eventLoopGroup
        self.logger = logger
        self.quiesce = ServerQuiescingHelper(group: eventLoopGroup)
    }

    /// The address the server is bound to, once it is; with port 0 this tells the port chosen.
    ///
    /// - Throws: the bind error when the server could not listen.
    public var listeningAddress: SocketAddress {
        get async throws { try await self.address.value() }
    }

    /// The number of open connections.
    public var connectionCount: Int { self.table.withLock { $0.connections.count } }

    public func run() async throws {
        let serverChannel: NIOAsyncChannel<AcceptedChannel, Never>
        do {
            serverChannel = try await self.bind()
        } catch {
            self.address.fail(error)
            throw error
        }
        guard let local = serverChannel.channel.localAddress else {
            let error = DudaoError(.internal, "the listening socket has no local address")
            self.address.fail(error)
            throw error
        }
        self.address.succeed(local)
        self.logger.info("listening", metadata: ["address": "\(local)"])

        try await withGracefulShutdownHandler {
            try await withThrowingDiscardingTaskGroup { group in
                try await serverChannel.executeThenClose { inbound in
                    for try await connection in inbound {
                        group.addTask { await self.serve(connection) }
                    }
                }
            }
        } onGracefulShutdown: {
            self.beginShutdown()
        }
        self.logger.info("stopped")
    }

    /// Begins a graceful shutdown: what SIGTERM does through a `ServiceGroup`, for embedding and tests.
    public func beginShutdown() {
        let connections: [Connection]? = self.table.withLock { table in
            guard !table.shuttingDown else { return nil }
            table.shuttingDown = true
            return Array(table.connections.values)
        }
        guard let connections else { return }
        self.logger.info("shutting down", metadata: ["connections": "\(connections.count)", "grace": "\(self.configuration.gracePeriod)"])
        self.servingState.beginShutdown()
        self.quiesce.initiateShutdown(promise: nil)
        for connection in connections {
            connection.beginDraining()
        }
    }

    private func bind() async throws -> NIOAsyncChannel<AcceptedChannel, Never> {
        let quiesce = self.quiesce
        let maxFrameBytes = self.configuration.limits.maxFrameBytes
        let security = self.security
        let handshakeTimeout = TimeAmount.nanoseconds(Int64(self.configuration.limits.handshakeTimeout.wholeMilliseconds) * 1_000_000)
        return try await ServerBootstrap(group: self.eventLoopGroup)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(quiesce.makeServerChannelHandler(channel: channel))
                }
            }
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            // Each connection keeps its read buffer. Reads of at most 8 KiB (NIO's default grows to
            // 64 KiB) keep that small for every connection; a larger request is gathered by the
            // frame decoder, which it is anyway, at a few more reads.
            .childChannelOption(.recvAllocator, value: AdaptiveRecvByteBufferAllocator(minimum: 64, initial: 2048, maximum: 8192))
            .bind(host: self.configuration.host, port: self.configuration.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    let handshake = try security?.addTLSHandlers(to: channel, handshakeTimeout: handshakeTimeout)
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(FrameDecoder(maximumPayloadSize: maxFrameBytes)))
                    // Answers are checked against the client's limit before they are written; the
                    // encoder's bound is only the format's own.
                    try channel.pipeline.syncOperations.addHandler(FrameWriteHandler(maximumPayloadSize: Int(UInt32.max)))
                    return AcceptedChannel(channel: try NIOAsyncChannel<Frame, Frame>(wrappingChannelSynchronously: channel), handshake: handshake)
                }
            }
    }

    private enum Admission {
        case admitted(UInt64, Connection, drain: Bool, reclaimed: Bool)
        case refused(DudaoError)
    }

    private func serve(_ accepted: AcceptedChannel) async {
        let channel = accepted.channel
        var logger = self.logger
        let peerAddress = PeerAddress(channel.channel.remoteAddress)
        logger[metadataKey: "peer"] = "\(peerAddress.map { "\($0)" } ?? "?")"
        var peerIdentity: String?
        if let handshake = accepted.handshake {
            do {
                peerIdentity = try await handshake.get()
            } catch {
                logger.notice("TLS handshake failed", metadata: ["error": "\(error)"])
                try? await channel.channel.close()
                return
            }
            logger[metadataKey: "identity"] = "\(peerIdentity ?? "-")"
        }
        let callerKey = peerIdentity ?? peerAddress?.connectionKey ?? "unknown address"
        var settings = Connection.Settings(
            limits: self.configuration.limits,
            gracePeriod: self.configuration.gracePeriod,
            serverVersion: self.configuration.serverVersion,
            peerIdentity: peerIdentity,
            peerAddress: peerAddress
        )
        let admission = self.admit(callerKey, settings: &settings, logger: logger)
        switch admission {
        case .refused(let error):
            logger.notice("refusing a connection", metadata: ["reason": "\(error.message)"])
            await Self.refuse(channel, error: error)
        case .admitted(let id, let connection, let drain, let reclaimed):
            if reclaimed {
                logger.info("closed the longest-unused connection to make room")
            }
            if drain {
                connection.beginDraining()
            }
            ServerMetrics.connectionsOpen(self.connectionCount)
            await connection.run(channel)
            self.table.withLock { table in
                table.connections[id] = nil
                table.callers[id] = nil
                table.healthOnly.remove(id)
            }
            ServerMetrics.connectionsOpen(self.connectionCount)
        }
    }

    /// Decides whether a new connection of `caller` is served.
    ///
    /// The server holds at most `maxConnections`, and each caller (its certificate identity, or
    /// its IP address without one) at most `maxConnectionsPerCaller`. When a bound is reached,
    /// the longest-unused connection within it (no call in flight, pings not counted) is closed
    /// to make room; when none is unused, the newcomer may still take the slot kept for health
    /// checks; otherwise it is refused with `RESOURCE_EXHAUSTED`.
    private func admit(_ caller: String, settings: inout Connection.Settings, logger: Logger) -> Admission {
        let maxConnections = self.configuration.limits.maxConnections
        let perCaller = self.security?.settings.maxConnectionsPerCaller
        let dispatcher = self.dispatcher
        return self.table.withLock { table in
            let regular = table.connections.count - table.healthOnly.count
            let callerCount = table.callers.values.lazy.filter { $0 == caller }.count
            var reclaimed = false
            var healthOnly = false
            let callerFull = perCaller.map { callerCount >= $0 } ?? false
            if callerFull || regular >= maxConnections {
                // Among the caller's own connections when it is at its bound, else among all.
                let candidates = table.connections.filter { id, _ in
                    !table.healthOnly.contains(id) && (!callerFull || table.callers[id] == caller)
                }
                let unused = candidates.compactMap { id, connection in connection.unusedSince.map { (id, connection, $0) } }
                if let oldest = unused.min(by: { $0.2 < $1.2 }), oldest.1.reclaim() {
                    table.connections[oldest.0] = nil
                    table.callers[oldest.0] = nil
                    reclaimed = true
                } else if table.healthOnly.count < Self.healthCheckSlots {
                    healthOnly = true
                } else if callerFull {
                    return .refused(.limit(.callerConnections, "\(caller) has \(perCaller ?? 0) connections open, its limit, all of them busy"))
                } else {
                    return .refused(.limit(.connections, "the server has \(maxConnections) connections open, its limit, all of them busy; try again later"))
                }
            }
            settings.healthOnly = healthOnly
            table.nextID += 1
            let id = table.nextID
            let connection = Connection(settings: settings, dispatcher: dispatcher, logger: logger)
            table.connections[id] = connection
            table.callers[id] = caller
            if healthOnly { table.healthOnly.insert(id) }
            return .admitted(id, connection, drain: table.shuttingDown, reclaimed: reclaimed)
        }
    }

    /// Answers a connection that cannot be served on call id 0, says go-away, and closes it.
    private static func refuse(_ channel: NIOAsyncChannel<Frame, Frame>, error: DudaoError) async {
        try? await channel.executeThenClose { _, outbound in
            try await outbound.write(Frame(envelope: .response(callID: 0, error: error)))
            try await outbound.write(Frame(envelope: .goAway(error)))
        }
    }
}

/// The bound address, delivered to any number of waiters once the socket is bound.
private final class AddressBox: Sendable {
    private enum State {
        case waiting([CheckedContinuation<SocketAddress, any Error>])
        case bound(SocketAddress)
        case failed(any Error)
    }

    private let state = Mutex(State.waiting([]))

    func value() async throws -> SocketAddress {
        try await withCheckedThrowingContinuation { continuation in
            let ready: Result<SocketAddress, any Error>? = self.state.withLock { state in
                switch state {
                case .waiting(var waiters):
                    waiters.append(continuation)
                    state = .waiting(waiters)
                    return nil
                case .bound(let address):
                    return .success(address)
                case .failed(let error):
                    return .failure(error)
                }
            }
            if let ready { continuation.resume(with: ready) }
        }
    }

    func succeed(_ address: SocketAddress) {
        self.complete(.success(address))
    }

    func fail(_ error: any Error) {
        self.complete(.failure(error))
    }

    private func complete(_ result: Result<SocketAddress, any Error>) {
        let waiters: [CheckedContinuation<SocketAddress, any Error>] = self.state.withLock { state in
            guard case .waiting(let waiters) = state else { return [] }
            switch result {
            case .success(let address): state = .bound(address)
            case .failure(let error): state = .failed(error)
            }
            return waiters
        }
        for waiter in waiters {
            waiter.resume(with: result)
        }
    }
}
