import ArgumentParser

/// Where the daemon is, or `--local` to evaluate in this process: for the commands that can run either way.
struct ConnectionOptions: ParsableArguments {
    @OptionGroup var daemon: DaemonOptions

    @Flag(name: .long, help: "Evaluate in this process with the bundled assessments; no daemon needed.")
    var local = false

    @Flag(name: .long, help: "Ask the daemon for a preview (self-check, what-if): evaluated and audited, not stored as a record.")
    var preview = false

    func backend() async throws -> any Backend {
        if self.local { return try LocalBackend() }
        var remote = try await self.daemon.connect(suggestLocal: true)
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
