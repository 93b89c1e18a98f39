public import DudaoProto
import DudaoWire
import NIOCore
import NIOPosix

/// A bare TCP connection that sends any bytes and reads frames back, for testing how the server
/// treats bad input that the client library would never send.
public final class RawConnection: Sendable {
    private let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
    private let frames: AsyncThrowingStream<Dudao_V1_Frame, any Error>
    private let reader: Task<Void, Never>

    private init(channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>) {
        self.channel = channel
        let (frames, continuation) = AsyncThrowingStream<Dudao_V1_Frame, any Error>.makeStream()
        self.frames = frames
        self.reader = Task {
            do {
                try await channel.executeThenClose { inbound, _ in
                    let processor = NIOSingleStepByteToMessageProcessor(FrameDecoder(maximumPayloadSize: 64 * 1024 * 1024))
                    for try await bytes in inbound {
                        try processor.process(buffer: bytes) { frame in
                            continuation.yield(try frame.envelope())
                        }
                    }
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
    }

    public static func connect(host: String = "127.0.0.1", port: Int) async throws -> RawConnection {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        return RawConnection(channel: channel)
    }

    /// Sends raw bytes as they are.
    public func send(bytes: [UInt8]) async throws {
        try await self.channel.channel.writeAndFlush(ByteBuffer(bytes: bytes))
    }

    /// Sends one well-formed frame.
    public func send(_ envelope: Dudao_V1_Frame) async throws {
        var buffer = ByteBuffer()
        try FrameEncoder.write(try Frame(envelope: envelope), into: &buffer)
        try await self.channel.channel.writeAndFlush(buffer)
    }

    /// Sends a ClientHello and returns the server's answer.
    @discardableResult
    public func handshake() async throws -> Dudao_V1_Frame? {
        try await self.send(.clientHello(clientName: "raw-test"))
        return try await self.next()
    }

    /// The frames the server sends, in order; the sequence ends when the server closes.
    public var received: AsyncThrowingStream<Dudao_V1_Frame, any Error> { self.frames }

    /// The next frame, or `nil` once the server has closed the connection.
    public func next() async throws -> Dudao_V1_Frame? {
        var iterator = self.frames.makeAsyncIterator()
        return try await iterator.next()
    }

    /// Reads every frame until the server closes the connection.
    public func readUntilClosed() async throws -> [Dudao_V1_Frame] {
        var frames: [Dudao_V1_Frame] = []
        for try await frame in self.frames {
            frames.append(frame)
        }
        return frames
    }

    public func close() async {
        try? await self.channel.channel.close()
        await self.reader.value
    }
}
