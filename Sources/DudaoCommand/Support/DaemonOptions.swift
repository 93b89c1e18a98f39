import ArgumentParser
import DudaoClient
import DudaoCore

/// Where the daemon is and how to authenticate to it, for commands that only a daemon answers
/// (health, info, records, history, audit, replay, lookback): they offer no `--local`.
struct DaemonOptions: ParsableArguments {
    @Option(name: .long, help: "Daemon host.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Daemon port.")
    var port = 7411

    @Option(name: .long, help: "The name this client gives in the handshake (recorded with every evaluation).")
    var clientName = "dudao-cli"

    @OptionGroup(title: "Security")
    var credentials: CredentialOptions

    /// Connects; when nothing listens there, the error says what to start.
    ///
    /// - Parameter suggestLocal: Whether the command could run without a daemon (`--local`), to suggest it.
    func connect(suggestLocal: Bool = false) async throws -> RemoteBackend {
        try await RemoteBackend.connect(
            host: self.host, port: self.port, clientName: self.clientName, credentials: try self.credentials.resolve(), suggestLocal: suggestLocal
        )
    }

    /// Runs `body` with a client connected to the daemon, and closes it afterwards.
    func withClient<T: Sendable>(_ body: (DudaoClient) async throws -> T) async throws -> T {
        let backend = try await self.connect()
        do {
            let value = try await body(backend.client)
            await backend.close()
            return value
        } catch {
            await backend.close()
            throw error
        }
    }
}
