import DudaoClient

extension ConnectionOptions {
    /// A client connected to the daemon, for the record subcommands, which need one: records are
    /// kept by the daemon, so `--local` does not apply to them.
    func client() async throws -> DudaoClient {
        try await DudaoClient.connect(host: self.host, port: self.port, clientName: self.clientName)
    }

    /// Runs `body` with a connected client and closes it afterwards.
    func withClient<T: Sendable>(_ body: (DudaoClient) async throws -> T) async throws -> T {
        let client = try await self.client()
        do {
            let value = try await body(client)
            await client.close()
            return value
        } catch {
            await client.close()
            throw error
        }
    }
}
