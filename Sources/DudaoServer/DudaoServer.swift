/// The daemon's listener: accepts connections and serves the protocol on each.
public final class DudaoServer: Sendable {
    /// The version of the server, reported in the ServerHello and by `Server/Info`.
    public static let version = "0.1.0"
}
