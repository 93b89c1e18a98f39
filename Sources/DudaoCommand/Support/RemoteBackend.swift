import DudaoCore

// Placeholder until the client library lands.
struct RemoteBackend {
    static func connect(host: String, port: Int, clientName: String) async throws -> any Backend {
        throw DudaoError(.unavailable, "remote mode is not available in this build; use --local")
    }
}
