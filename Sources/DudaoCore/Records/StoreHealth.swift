/// What a record store can do right now, for the daemon's health check and its start-up log.
public struct StoreHealth: Sendable, Hashable {
    /// Whether reads work.
    public var readable: Bool
    /// Whether a write would be attempted; `false` while the store is open read-only.
    public var writable: Bool
    /// The schema version of the open store.
    public var schemaVersion: Int
    /// Where the store lives, for operators (a path or a server name, never a credential).
    public var location: String
    /// Why the store is not writable (or not readable), in words an operator can act on.
    public var message: String?

    public init(readable: Bool, writable: Bool, schemaVersion: Int, location: String, message: String? = nil) {
        self.readable = readable
        self.writable = writable
        self.schemaVersion = schemaVersion
        self.location = location
        self.message = message
    }
}
