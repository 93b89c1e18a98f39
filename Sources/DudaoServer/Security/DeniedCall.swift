public import DudaoCore

/// A call refused by the security checks, as handed to the audit trail.
public struct DeniedCall: Sendable {
    public var method: String
    /// The proved identity, when the caller showed a valid credential.
    public var identity: String?
    /// The `caller` metadata the client sent, unproved.
    public var clientName: String?
    /// What the caller was told.
    public var error: DudaoError

    public init(method: String, identity: String?, clientName: String?, error: DudaoError) {
        self.method = method
        self.identity = identity
        self.clientName = clientName
        self.error = error
    }
}
