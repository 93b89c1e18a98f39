import DudaoCore
public import NIOCore

/// Splits a byte stream into ``Frame``s.
///
/// ```
///  +--------+--------+--------+--------+--------+==============================+
///  | flags  |   length (big-endian UInt32)      |  payload (length bytes)      |
///  +--------+--------+--------+--------+--------+==============================+
/// ```
///
/// The length is checked against ``maximumPayloadSize`` as soon as the five header bytes are
/// there, before any of the payload is buffered: a peer that announces a 2 GiB frame is refused
/// after five bytes, not after it has made the server hold 2 GiB.
///
/// The same decoder works in a pipeline (`ByteToMessageHandler(FrameDecoder())`), outside one
/// (`NIOSingleStepByteToMessageProcessor`), and from the client.
///
/// Errors, all ``DudaoError``s, after which the stream cannot be resynchronised and the
/// connection must be closed:
/// - ``DudaoError/Code/resourceExhausted``: the announced length is above the maximum.
/// - ``DudaoError/Code/invalidArgument``: the compressed flag is set though no compression was
///   negotiated, or a reserved flag bit is set.
/// - ``DudaoError/Code/unavailable``: the stream ended inside a frame. The peer went away (a
///   crash, a cut cable), not a malformed frame, so a client may retry elsewhere.
public struct FrameDecoder: NIOSingleStepByteToMessageDecoder {
    public typealias InboundOut = Frame

    /// The largest payload accepted, in bytes (the prefix is not counted).
    public var maximumPayloadSize: Int
    /// Whether the handshake negotiated compression; until it does, a compressed frame is an error.
    public var compressionNegotiated: Bool

    public init(
        maximumPayloadSize: Int = ProtocolLimits.default.maxFrameBytes,
        compressionNegotiated: Bool = false
    ) {
        precondition(maximumPayloadSize >= 0, "maximumPayloadSize must not be negative")
        self.maximumPayloadSize = maximumPayloadSize
        self.compressionNegotiated = compressionNegotiated
    }

    public mutating func decode(buffer: inout ByteBuffer) throws -> Frame? {
        guard
            let flagByte = buffer.getInteger(at: buffer.readerIndex, as: UInt8.self),
            let length = buffer.getInteger(at: buffer.readerIndex + 1, as: UInt32.self)
        else {
            return nil
        }
        if Self.tlsRecordTypes.contains(flagByte), buffer.getInteger(at: buffer.readerIndex + 1, as: UInt8.self) == 0x03 {
            throw DudaoError(
                .failedPrecondition,
                "the peer speaks TLS on this port (its bytes are a TLS record, not a Dudao frame): connect with TLS, e.g. dudao --tls-ca FILE"
            )
        }
        let flags = Frame.Flags(rawValue: flagByte)
        try self.check(flags)
        guard UInt64(length) <= UInt64(self.maximumPayloadSize) else {
            throw DudaoError.limit(
                .frameSize,
                "frame of \(length) bytes exceeds the maximum frame size of \(self.maximumPayloadSize) bytes"
            )
        }
        guard buffer.readableBytes >= Frame.headerSize + Int(length) else {
            return nil
        }
        buffer.moveReaderIndex(forwardBy: 1)
        // The length was checked above, so the slice is there.
        guard let payload = buffer.readLengthPrefixedSlice(as: UInt32.self) else {
            preconditionFailure("a complete frame could not be read")
        }
        return Frame(flags: flags, payload: payload)
    }

    public mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) throws -> Frame? {
        if let frame = try self.decode(buffer: &buffer) {
            return frame
        }
        guard buffer.readableBytes == 0 else {
            throw DudaoError(
                .unavailable,
                "the connection ended inside a frame: \(buffer.readableBytes) byte(s) of an incomplete frame were lost"
            )
        }
        return nil
    }

    /// The content types of a TLS record (change cipher spec, alert, handshake, application
    /// data), whose second byte is the major version 3. No valid flag byte is among them, so a
    /// peer that answers in TLS is told apart from a broken frame.
    private static let tlsRecordTypes: ClosedRange<UInt8> = 0x14...0x17

    private func check(_ flags: Frame.Flags) throws {
        let reserved = flags.subtracting(.known)
        guard reserved.isEmpty else {
            throw DudaoError(.invalidArgument, "reserved frame flag bits are set: 0x\(String(reserved.rawValue, radix: 16))")
        }
        if flags.contains(.compressed) && !self.compressionNegotiated {
            throw DudaoError(.invalidArgument, "the frame is marked compressed but no compression was negotiated")
        }
    }
}
