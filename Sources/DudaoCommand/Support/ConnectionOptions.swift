import ArgumentParser

/// Where the daemon is, or `--local` to evaluate in this process.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .long, help: "Daemon host.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Daemon port.")
    var port = 7411

    @Option(name: .long, help: "The name this client gives in the handshake (recorded with every evaluation).")
    var clientName = "dudao-cli"

    @Flag(name: .long, help: "Evaluate in this process with the bundled assessments; no daemon needed.")
    var local = false

    @Flag(name: .long, help: "Ask the daemon for a preview (self-check, what-if): evaluated and audited, not stored as a record.")
    var preview = false

    @OptionGroup(title: "Security")
    var credentials: CredentialOptions

    func backend() async throws -> any Backend {
        if self.local { return try LocalBackend() }
        var remote = try await RemoteBackend.connect(host: self.host, port: self.port, clientName: self.clientName, credentials: try self.credentials.resolve())
        remote.preview = self.preview
        return remote
    }

    /// Runs `body` with a backend and closes it afterwards.
    func withBackend<T: Sendable>(_ body: (any Backend) async throws -> T) async throws -> T {
        let backend = try await self.backend()
        do {
            let value = try await body(backend)
            await backend.close()
            return value
        } catch {
            await backend.close()
            throw error
        }
    }
}
