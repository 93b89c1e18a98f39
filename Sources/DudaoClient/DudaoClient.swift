import DudaoCore
import DudaoProto
public import DudaoWire
public import Foundation
public import NIOCore
public import NIOPosix
import NIOSSL
import Synchronization

/// A connection to a `dudaod` server, shared by any number of concurrent calls.
///
/// Calls are multiplexed over one TCP connection by call id and answered in any order. Cancelling
/// the task that waits for a call sends a Cancel frame. After the server's go-away, new calls fail
/// with `UNAVAILABLE` while those in flight still get their answers. Every server error arrives as
/// a ``DudaoError`` with the server's code, message and field violations.
///
/// ```swift
/// try await withDudaoClient(port: 7411) { client in
///     let result = try await client.evaluate(input)
///     print(result.verdict)
/// }
/// ```
public final class DudaoClient: Sendable {
    /// What the server said in its ServerHello.
    public struct ServerHello: Sendable, Hashable {
        public var serverName: String
        public var serverVersion: String
        public var protocolVersion: UInt32
        public var limits: ProtocolLimits
    }

    private enum Pending {
        case unary(CheckedContinuation<Data, any Error>)
        case stream(AsyncThrowingStream<Data, any Error>.Continuation)
    }

    private struct State {
        var nextCallID: UInt64 = 0
        var calls: [UInt64: Pending] = [:]
        var pings: [UInt64: CheckedContinuation<Void, any Error>] = [:]
        var nextPing: UInt64 = 0
        var hello: CheckedContinuation<Dudao_V1_ServerHello, any Error>?
        /// Why new calls are refused: the server's go-away, or the connection's end.
        var refusal: DudaoError?
        var closed = false
    }

    private let channel: NIOAsyncChannel<Frame, Frame>
    private let state = Mutex(State())
    private let helloBox = Mutex<ServerHello?>(nil)
    /// Sent with every call: the API token, if any.
    private let credentials: [String: String]

    /// What the server announced in its hello: name, version and limits.
    public var serverHello: ServerHello {
        // Set before `connect` returns.
        self.helloBox.withLock { $0! }
    }

    private init(channel: NIOAsyncChannel<Frame, Frame>, token: String?) {
        self.channel = channel
        self.credentials = token.map { ["authorization": "Bearer \($0)"] } ?? [:]
    }

    /// Connects, says hello and returns a client ready for calls. Close it with ``close()``.
    ///
    /// - Parameters:
    ///   - tls: Connect with TLS (and a client certificate for mutual TLS); `nil` for plain TCP.
    ///   - token: An API token, sent as `authorization: Bearer …` with every call.
    /// - Throws: the connection error, or the server's ``DudaoError`` if it refused the
    ///   handshake (`RESOURCE_EXHAUSTED` when it has too many connections).
    public static func connect(
        host: String = "127.0.0.1",
        port: Int = 7411,
        clientName: String = "dudao-swift/\(DudaoClient.version)",
        tls: ClientTLS? = nil,
        token: String? = nil,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> DudaoClient {
        let sslContext = try tls?.makeContext()
        // Server names go in SNI and are checked against the certificate; an IP address is
        // checked against the certificate's IP SANs instead.
        let serverHostname = host.contains(":") || host.allSatisfy({ $0.isNumber || $0 == "." }) ? nil : host
        let channel = try await ClientBootstrap(group: eventLoopGroup)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let sslContext {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: sslContext, serverHostname: serverHostname))
                    }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(FrameDecoder(maximumPayloadSize: ProtocolLimits.default.maxFrameBytes)))
                    try channel.pipeline.syncOperations.addHandler(FrameWriteHandler(maximumPayloadSize: Int(UInt32.max)))
                    return try NIOAsyncChannel<Frame, Frame>(wrappingChannelSynchronously: channel)
                }
            }
        let client = DudaoClient(channel: channel, token: token)
        // The reader lives as long as the connection; `close()` or the server's close ends it.
        Task { await client.readFrames() }
        do {
            try await client.handshake(clientName: clientName)
        } catch {
            await client.close()
            throw error
        }
        return client
    }

    /// The version of this client library.
    public static let version = "0.1.0"

    /// Closes the connection; calls in flight fail with `UNAVAILABLE`.
    public func close() async {
        try? await self.channel.channel.close()
    }

    // MARK: Raw calls

    /// Calls a unary method with a serialized request and returns the serialized response.
    ///
    /// - Parameters:
    ///   - timeout: Sent to the server, which answers `DEADLINE_EXCEEDED` when it passes.
    /// - Throws: ``DudaoError`` from the server, `UNAVAILABLE` when the connection is gone or
    ///   going away, `CancellationError` when the calling task is cancelled.
    public func call(_ method: String, payload: Data, metadata: [String: String] = [:], timeout: Duration? = nil) async throws -> Data {
        let callID = try self.reserveCallID()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Data, any Error>) in
                let refusal: (any Error)? = self.state.withLock { state in
                    if Task.isCancelled { return CancellationError() }
                    if let refusal = state.refusal { return refusal }
                    state.calls[callID] = .unary(continuation)
                    return nil
                }
                if let refusal {
                    continuation.resume(throwing: refusal)
                    return
                }
                self.write(.request(callID: callID, method: method, payload: payload, metadata: Self.pairs(self.credentials.merging(metadata) { $1 }), timeoutMilliseconds: Self.milliseconds(timeout)))
            }
        } onCancel: {
            self.cancel(callID)
        }
    }

    /// Calls a streaming method; the stream yields each message, the final one last.
    ///
    /// Ending the iteration early (or cancelling its task) cancels the call on the server.
    public func stream(_ method: String, payload: Data, metadata: [String: String] = [:], timeout: Duration? = nil) -> AsyncThrowingStream<Data, any Error> {
        AsyncThrowingStream { continuation in
            let callID: UInt64
            do {
                callID = try self.reserveCallID()
            } catch {
                continuation.finish(throwing: error)
                return
            }
            let refusal: DudaoError? = self.state.withLock { state in
                if let refusal = state.refusal { return refusal }
                state.calls[callID] = .stream(continuation)
                return nil
            }
            if let refusal {
                continuation.finish(throwing: refusal)
                return
            }
            continuation.onTermination = { termination in
                if case .cancelled = termination {
                    self.cancel(callID)
                }
            }
            self.write(.request(callID: callID, method: method, payload: payload, metadata: Self.pairs(self.credentials.merging(metadata) { $1 }), timeoutMilliseconds: Self.milliseconds(timeout)))
        }
    }

    /// Sends a ping and waits for the pong; returns the round-trip time.
    public func ping() async throws -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        let payload = self.state.withLock { state in
            state.nextPing += 1
            return state.nextPing
        }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let refusal: DudaoError? = self.state.withLock { state in
                if state.closed { return state.refusal ?? Self.connectionClosed }
                state.pings[payload] = continuation
                return nil
            }
            if let refusal {
                continuation.resume(throwing: refusal)
                return
            }
            self.write(.ping(payload))
        }
        return clock.now - start
    }

    // MARK: Connection

    private static let connectionClosed = DudaoError(.unavailable, "the connection to the server is closed")

    private func reserveCallID() throws -> UInt64 {
        try self.state.withLock { state in
            if let refusal = state.refusal { throw refusal }
            state.nextCallID += 1
            return state.nextCallID
        }
    }

    private func handshake(clientName: String) async throws {
        let hello = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Dudao_V1_ServerHello, any Error>) in
            let closed: DudaoError? = self.state.withLock { state in
                if state.closed { return state.refusal ?? Self.connectionClosed }
                state.hello = continuation
                return nil
            }
            if let closed {
                continuation.resume(throwing: closed)
                return
            }
            self.write(.clientHello(clientName: clientName))
        }
        self.helloBox.withLock {
            $0 = ServerHello(
                serverName: hello.serverName,
                serverVersion: hello.serverVersion,
                protocolVersion: hello.protocolVersion,
                limits: ProtocolLimits(proto: hello.limits)
            )
        }
    }

    private func cancel(_ callID: UInt64) {
        let pending = self.state.withLock { $0.calls.removeValue(forKey: callID) }
        guard let pending else { return }
        switch pending {
        case .unary(let continuation): continuation.resume(throwing: CancellationError())
        case .stream(let continuation): continuation.finish(throwing: CancellationError())
        }
        self.write(.cancel(callID: callID, reason: "the caller cancelled"))
    }

    /// Writes without waiting; a write to a closed connection fails the calls through the reader.
    private func write(_ envelope: Dudao_V1_Frame) {
        let channel = self.channel.channel
        do {
            let frame = try Frame(envelope: envelope)
            channel.writeAndFlush(frame, promise: nil)
        } catch {
            // Serializing an envelope built here cannot fail.
        }
    }

    private func readFrames() async {
        var ending = Self.connectionClosed
        do {
            try await self.channel.executeThenClose { inbound, _ in
                for try await frame in inbound {
                    self.receive(try frame.envelope())
                }
            }
        } catch let error as any DudaoErrorConvertible {
            ending = error.dudaoError
        } catch {
            ending = ConnectionFailure.explain(error)
        }
        let (calls, pings, hello, reason) = self.state.withLock { state in
            state.closed = true
            let reason = state.refusal ?? ending
            if state.refusal == nil { state.refusal = reason }
            defer {
                state.calls = [:]
                state.pings = [:]
                state.hello = nil
            }
            return (state.calls, state.pings, state.hello, reason)
        }
        hello?.resume(throwing: reason)
        for ping in pings.values {
            ping.resume(throwing: reason)
        }
        for call in calls.values {
            switch call {
            case .unary(let continuation): continuation.resume(throwing: reason)
            case .stream(let continuation): continuation.finish(throwing: reason)
            }
        }
    }

    private func receive(_ envelope: Dudao_V1_Frame) {
        switch envelope.kind {
        case .serverHello(let hello):
            let waiter = self.state.withLock { state in
                defer { state.hello = nil }
                return state.hello
            }
            waiter?.resume(returning: hello)
        case .response(let response):
            self.receive(response)
        case .ping(let ping):
            self.write(.pong(ping.payload))
        case .pong(let pong):
            let waiter = self.state.withLock { $0.pings.removeValue(forKey: pong.payload) }
            waiter?.resume()
        case .goAway(let goAway):
            let error = DudaoError(proto: goAway.status)
            self.state.withLock { state in
                state.refusal = error.code == .ok ? DudaoError(.unavailable, "the server is going away") : error
            }
        case .clientHello, .request, .cancel, nil:
            break
        }
    }

    private func receive(_ response: Dudao_V1_Response) {
        guard response.callID != 0 else {
            // A connection-level error: the handshake failed or a frame was refused. Fail the
            // hello if it is still awaited; a close follows where the server cannot go on.
            let error = DudaoError(proto: response.status)
            let waiter = self.state.withLock { state in
                defer { state.hello = nil }
                return state.hello
            }
            waiter?.resume(throwing: error)
            return
        }
        let pending = self.state.withLock { state in
            response.final ? state.calls.removeValue(forKey: response.callID) : state.calls[response.callID]
        }
        guard let pending else { return }
        let ok = response.status.code == .ok
        switch pending {
        case .unary(let continuation):
            if ok {
                continuation.resume(returning: response.payload)
            } else {
                continuation.resume(throwing: DudaoError(proto: response.status))
            }
        case .stream(let continuation):
            if ok {
                continuation.yield(response.payload)
                if response.final { continuation.finish() }
            } else {
                continuation.finish(throwing: DudaoError(proto: response.status))
            }
        }
    }

    private static func pairs(_ metadata: [String: String]) -> [(key: String, value: String)] {
        metadata.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
    }

    private static func milliseconds(_ timeout: Duration?) -> UInt32 {
        guard let timeout else { return 0 }
        let (seconds, attoseconds) = timeout.components
        guard seconds >= 0 else { return 1 }
        let total = seconds.multipliedReportingOverflow(by: 1000)
        guard !total.overflow else { return .max }
        return max(1, UInt32(clamping: total.partialValue + attoseconds / 1_000_000_000_000_000))
    }
}

/// Connects to a server, runs `body` with the client, and closes the connection afterwards.
public func withDudaoClient<Result: Sendable>(
    host: String = "127.0.0.1",
    port: Int = 7411,
    clientName: String = "dudao-swift/\(DudaoClient.version)",
    tls: ClientTLS? = nil,
    token: String? = nil,
    _ body: (DudaoClient) async throws -> Result
) async throws -> Result {
    let client = try await DudaoClient.connect(host: host, port: port, clientName: clientName, tls: tls, token: token)
    do {
        let result = try await body(client)
        await client.close()
        return result
    } catch {
        await client.close()
        throw error
    }
}
