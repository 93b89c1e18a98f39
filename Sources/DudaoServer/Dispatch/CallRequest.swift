public import Foundation
/// One call as the dispatcher sees it: a method, its encoded request and the caller's metadata.
///
/// The connection builds it from a request frame; tests build it directly, so the dispatcher can
/// be exercised without a socket.
public struct CallRequest: Sendable, Hashable {
    /// Fully qualified, e.g. `dudao.v1.Assessments/Evaluate`.
    public var method: String
    /// The serialized request message.
    public var payload: Data
    /// Key-value pairs the caller attached (a request id, the caller's user name for the audit log).
    public var metadata: [String: String]
    /// The name the client gave in its hello; who asked, for records and the audit trail.
    public var clientName: String
    /// The identity the connection's client certificate proved (its subject CN); `nil` without mTLS.
    public var peerIdentity: String?
    /// Where the connection comes from; anonymous callers are rate-limited by it.
    public var peerAddress: PeerAddress?

    public init(
        method: String,
        payload: Data = Data(),
        metadata: [String: String] = [:],
        clientName: String = "",
        peerIdentity: String? = nil,
        peerAddress: PeerAddress? = nil
    ) {
        self.method = method
        self.payload = payload
        self.metadata = metadata
        self.clientName = clientName
        self.peerIdentity = peerIdentity
        self.peerAddress = peerAddress
    }
}
