import DudaoClient
import DudaoCore
import DudaoProto
import DudaoWire
import NIOCore
import NIOPosix
import Testing

/// A server that dies while it writes an answer must leave the client's calls `UNAVAILABLE`,
/// the code ``RetryingClient`` retries on another server, not a framing error of the client's.
@Suite("A server cut off in the middle of an answer", .timeLimit(.minutes(1)))
struct ServerCutOffTests {
    @Test("a call whose answer ends inside a frame fails UNAVAILABLE, and the client is closed")
    func answerCutInsideFrame() async throws {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(FrameDecoder()))
                    try channel.pipeline.syncOperations.addHandler(CutOffServer())
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        defer { server.close(promise: nil) }
        let port = try #require(server.localAddress?.port)

        let client = try await DudaoClient.connect(host: "127.0.0.1", port: port, clientName: "cut-off-test")
        let error = await #expect(throws: DudaoError.self) { _ = try await client.health() }
        #expect(error?.code == .unavailable, "\(String(describing: error))")
        #expect(error?.message.contains("inside a frame") == true, "\(String(describing: error))")
        let after = await #expect(throws: DudaoError.self) { _ = try await client.health() }
        #expect(after?.code == .unavailable)
        await client.close()
    }
}

/// Answers the hello, then sends the first 10 bytes of a 64-byte answer to the first call and
/// closes, as a server killed mid-write would.
private final class CutOffServer: ChannelInboundHandler, Sendable {
    typealias InboundIn = Frame

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = Self.unwrapInboundIn(data)
        var bytes = ByteBuffer()
        guard case .clientHello = try? frame.envelope().kind else {
            bytes.writeInteger(UInt8(0))
            bytes.writeInteger(UInt32(64))
            bytes.writeRepeatingByte(0, count: 10)
            context.writeAndFlush(NIOAny(bytes), promise: nil)
            context.close(promise: nil)
            return
        }
        let hello = Dudao_V1_Frame.serverHello(serverName: "cut-off", serverVersion: "0", limits: .default)
        try? FrameEncoder.write(Frame(envelope: hello), into: &bytes)
        context.writeAndFlush(NIOAny(bytes), promise: nil)
    }
}
