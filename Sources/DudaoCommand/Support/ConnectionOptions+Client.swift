import DudaoClient
import DudaoCore

extension ConnectionOptions {
    /// Runs `body` with a client connected to the daemon, for the parts of a command that only a
    /// daemon answers (a stored record); `--local` has no daemon to ask.
    func withClient<T: Sendable>(_ body: (DudaoClient) async throws -> T) async throws -> T {
        guard !self.local else {
            throw DudaoError(.failedPrecondition, "this asks the daemon for a stored record; --local does not apply")
        }
        return try await self.daemon.withClient(body)
    }
}
