import DudaoCore
public import NIOCore

/// Writes ``Frame``s as a flag byte, a big-endian `UInt32` length and the payload.
///
/// See ``FrameDecoder`` for the layout. A payload above the peer's advertised limit is refused
/// with ``DudaoError/Code/resourceExhausted``, so that an oversized answer fails on this side as a
/// call error instead of making the peer drop the connection. In a channel pipeline,
/// ``FrameWriteHandler`` writes frames this way without copying their payloads.
public enum FrameEncoder {
    /// Appends one frame to `buffer`.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/resourceExhausted`` when the payload is larger
    ///   than `maximumPayloadSize`.
    public static func write(
        _ frame: Frame,
        into buffer: inout ByteBuffer,
        maximumPayloadSize: Int = ProtocolLimits.default.maxFrameBytes
    ) throws {
        buffer.reserveCapacity(minimumWritableBytes: Frame.headerSize + frame.payload.readableBytes)
        try self.writeHeader(of: frame, into: &buffer, maximumPayloadSize: maximumPayloadSize)
        buffer.writeImmutableBuffer(frame.payload)
    }

    /// Appends the flag byte and the length of `frame`, without its payload.
    static func writeHeader(of frame: Frame, into buffer: inout ByteBuffer, maximumPayloadSize: Int) throws {
        let size = frame.payload.readableBytes
        guard size <= maximumPayloadSize, size <= Int(UInt32.max) else {
            throw DudaoError.limit(
                .frameSize,
                "frame of \(size) bytes exceeds the maximum frame size of \(maximumPayloadSize) bytes"
            )
        }
        buffer.writeInteger(frame.flags.rawValue)
        buffer.writeInteger(UInt32(size))
    }
}
