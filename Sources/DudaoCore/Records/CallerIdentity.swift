/// Who asked for a call: the client's self-declared name now, an authenticated identity later.
///
/// Both are kept because accountability needs the identity a credential proved, while the client
/// name (e.g. `dudao-cli 1.0 on host x`) is what operators recognise in logs.
public struct CallerIdentity: Sendable, Hashable, Codable {
    /// The name the client gave for itself; not proof of anything.
    public var clientName: String
    /// The identity a credential proved, once the daemon authenticates callers; `nil` until then.
    public var authenticatedIdentity: String?

    public init(clientName: String, authenticatedIdentity: String? = nil) {
        self.clientName = clientName
        self.authenticatedIdentity = authenticatedIdentity
    }
}
