import DudaoCore
import DudaoProto
import DudaoWire
import NIOCore

/// Sits in front of the TLS handler and answers a client that speaks plain Dudao frames on the
/// TLS port in its own language.
///
/// Without it such a client gets TLS alert bytes, which it reads as a frame with reserved flag
/// bits set ("reserved frame flag bits are set: 0x14"), a message that says nothing about TLS.
/// A TLS client's first byte is always 0x16 (a handshake record); anything else is answered,
/// unencrypted, with `FAILED_PRECONDITION` on call id 0 and a go-away, and the connection closed.
/// After the first bytes the guard removes itself.
final class PlainClientGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// The content type of a TLS handshake record, the first byte every TLS client sends.
    static let tlsHandshakeRecord: UInt8 = 0x16

    static let refusal = DudaoError(
        .failedPrecondition,
        "this port speaks TLS; connect with TLS (dudao --tls-ca FILE, or the client library's TLS settings)"
    )

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = self.unwrapInboundIn(data)
        guard let first = buffer.getInteger(at: buffer.readerIndex, as: UInt8.self) else {
            context.fireChannelRead(data)
            return
        }
        guard first != Self.tlsHandshakeRecord else {
            context.fireChannelRead(data)
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
            return
        }
        var answer = context.channel.allocator.buffer(capacity: 256)
        for envelope in [Dudao_V1_Frame.response(callID: 0, error: Self.refusal), .goAway(Self.refusal)] {
            if let frame = try? Frame(envelope: envelope) {
                try? FrameEncoder.write(frame, into: &answer)
            }
        }
        // Written from in front of the TLS handler, so it goes out as it is, unencrypted.
        context.writeAndFlush(self.wrapOutboundOut(answer), promise: nil)
        context.close(promise: nil)
    }
}
