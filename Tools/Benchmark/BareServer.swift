import DudaoAssessments
import DudaoCore
import DudaoProto
import DudaoWire
import Foundation
import NIOCore
import NIOPosix

/// The limit of this stack for this work: a SwiftNIO server with Dudao's framing that decodes an
/// `Evaluate` request, runs the same assessment module and encodes the answer, right on its event
/// loop, with no dispatcher, no call tasks, no security, no audit and no store.
///
/// The benchmark runs it as a subprocess (`dudao-benchmark bare-server`) beside `dudaod` and
/// drives both with the same client, so that `dudaod`'s throughput can be given as a share of it.
enum BareServer {
    static func run(port: Int) async throws {
        let registry = try BundledAssessments.registry()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(FrameDecoder(maximumPayloadSize: ProtocolLimits.default.maxFrameBytes)))
                    try channel.pipeline.syncOperations.addHandler(FrameWriteHandler(maximumPayloadSize: Int(UInt32.max)))
                    try channel.pipeline.syncOperations.addHandler(BareHandler(registry: registry))
                }
            }
            .bind(host: "127.0.0.1", port: port)
            .get()
        FileHandle.standardOutput.write(Data("bare server listening on 127.0.0.1:\(channel.localAddress?.port ?? 0)\n".utf8))
        try await channel.closeFuture.get()
    }
}

/// Answers the handshake and `Evaluate` calls; anything else is refused.
final class BareHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = Frame
    typealias OutboundOut = Frame

    let registry: AssessmentRegistry

    init(registry: AssessmentRegistry) {
        self.registry = registry
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = self.unwrapInboundIn(data)
        let reply: Dudao_V1_Frame
        do {
            let envelope = try frame.envelope()
            switch envelope.kind {
            case .clientHello:
                reply = .serverHello(serverName: "bare", serverVersion: "0", limits: .default)
            case .request(let request):
                reply = self.answer(request)
            default:
                return
            }
            context.writeAndFlush(self.wrapOutboundOut(try Frame(envelope: reply)), promise: nil)
        } catch {
            context.close(promise: nil)
        }
    }

    private func answer(_ request: Dudao_V1_Request) -> Dudao_V1_Frame {
        do {
            // The daemon's own reading of a request and writing of an answer, so that the bare
            // server stays the limit.
            let result = try self.registry.evaluate(try EvaluateRequestReader.read(request.payload).input)
            return .response(callID: request.callID, payload: try EvaluateAnswer.encode(result: result.proto))
        } catch {
            return .response(callID: request.callID, error: (error as? DudaoError) ?? DudaoError(.internal, "\(error)"))
        }
    }
}
