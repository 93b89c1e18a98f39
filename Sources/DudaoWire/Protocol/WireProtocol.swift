/// Constants of the wire protocol that both ends must agree on.
public enum WireProtocol {
    /// The protocol version this module speaks, sent in `ClientHello` and `ServerHello`.
    public static let version: UInt32 = 1
}
