public import NIOCore

/// One message on the wire: the flag byte and the payload that followed the length.
///
/// ```
///  0        1                 5                                   5 + length
///  +--------+-----------------+-----------------------------------+
///  | flags  | length (UInt32, | payload: one serialized           |
///  | 1 byte | big-endian)     | dudao.v1.Frame envelope           |
///  +--------+-----------------+-----------------------------------+
/// ```
///
/// The prefix is the one gRPC uses on HTTP/2, so the payload is always a whole protobuf message
/// and a reader knows how much to wait for before it parses anything.
public struct Frame: Sendable, Hashable {
    /// The size of the prefix before the payload: one flag byte and a four-byte length.
    public static let headerSize = 5

    public var flags: Flags
    public var payload: ByteBuffer

    public init(flags: Flags = [], payload: ByteBuffer) {
        self.flags = flags
        self.payload = payload
    }

    /// The bits of the flag byte.
    ///
    /// Bit 0 marks a compressed payload; it may only be set once the handshake has negotiated a
    /// compression scheme, which protocol version 1 never does. The other bits are reserved and
    /// must be zero, so that a later version can give them a meaning without confusing old peers.
    public struct Flags: OptionSet, Sendable, Hashable {
        public var rawValue: UInt8

        public init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        public static let compressed = Flags(rawValue: 1 << 0)

        /// Every bit this version defines.
        public static let known: Flags = [.compressed]
    }
}
