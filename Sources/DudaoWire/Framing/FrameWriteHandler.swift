import DudaoCore
public import NIOCore

/// Writes each ``Frame`` as two buffers, its five-byte header and its payload, which the channel
/// sends together: a payload is never copied into a frame buffer.
///
/// The layout and the refusal of an oversized payload are ``FrameEncoder``'s. Copying a 90 KB
/// answer into a frame buffer (rounded up to 128 KB) cost a copy per call, and memory for every
/// answer waiting for a slow reader.
public final class FrameWriteHandler: ChannelOutboundHandler, RemovableChannelHandler {
    public typealias OutboundIn = Frame
    public typealias OutboundOut = ByteBuffer

    public let maximumPayloadSize: Int

    public init(maximumPayloadSize: Int = ProtocolLimits.default.maxFrameBytes) {
        self.maximumPayloadSize = maximumPayloadSize
    }

    public func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let frame = self.unwrapOutboundIn(data)
        var header = context.channel.allocator.buffer(capacity: Frame.headerSize)
        do {
            try FrameEncoder.writeHeader(of: frame, into: &header, maximumPayloadSize: self.maximumPayloadSize)
        } catch {
            promise?.fail(error)
            context.fireErrorCaught(error)
            return
        }
        context.write(self.wrapOutboundOut(header), promise: nil)
        context.write(self.wrapOutboundOut(frame.payload), promise: promise)
    }
}
