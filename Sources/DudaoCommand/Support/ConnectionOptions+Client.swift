import DudaoClient
import DudaoCore

extension ConnectionOptions {
    /// Runs `body` with a client connected to the daemon, for commands that need one
    /// (health, info, records, history, audit, replay, lookback); `--local` has no daemon to ask.
    /// It connects with the same TLS files and token as every other command.
    func withClient<T: Sendable>(_ body: (DudaoClient) async throws -> T) async throws -> T {
        guard !self.local else {
            throw DudaoError(.failedPrecondition, "this command asks a daemon; --local does not apply")
        }
        let backend = try await RemoteBackend.connect(
            host: self.host, port: self.port, clientName: self.clientName, credentials: try self.credentials.resolve()
        )
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
