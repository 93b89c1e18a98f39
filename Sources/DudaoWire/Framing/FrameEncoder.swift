import DudaoCore
public import NIOCore

/// Writes ``Frame``s as a flag byte, a big-endian `UInt32` length and the payload.
///
/// See ``FrameDecoder`` for the layout. The encoder refuses a payload above
/// ``maximumPayloadSize`` (the peer's advertised limit) with
/// ``DudaoError/Code/resourceExhausted``, so that an oversized answer fails on this side as a call
/// error instead of making the peer drop the connection.
public struct FrameEncoder: MessageToByteEncoder {
    public typealias OutboundIn = Frame

    public var maximumPayloadSize: Int

    public init(maximumPayloadSize: Int = ProtocolLimits.default.maxFrameBytes) {
        self.maximumPayloadSize = maximumPayloadSize
    }

    public func encode(data frame: Frame, out: inout ByteBuffer) throws {
        try Self.write(frame, into: &out, maximumPayloadSize: self.maximumPayloadSize)
    }

    /// Appends one frame to `buffer`; for callers outside a channel pipeline.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/resourceExhausted`` when the payload is larger
    ///   than `maximumPayloadSize`.
    public static func write(
        _ frame: Frame,
        into buffer: inout ByteBuffer,
        maximumPayloadSize: Int = ProtocolLimits.default.maxFrameBytes
    ) throws {
        let size = frame.payload.readableBytes
        guard size <= maximumPayloadSize, size <= Int(UInt32.max) else {
            throw DudaoError.limit(
                .frameSize,
                "frame of \(size) bytes exceeds the maximum frame size of \(maximumPayloadSize) bytes"
            )
        }
        buffer.reserveCapacity(minimumWritableBytes: Frame.headerSize + size)
        buffer.writeInteger(frame.flags.rawValue)
        try buffer.writeLengthPrefixed(as: UInt32.self) { body in
            body.writeImmutableBuffer(frame.payload)
        }
    }
}
