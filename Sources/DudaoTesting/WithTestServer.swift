public import DudaoClient
public import DudaoCore
public import DudaoServer
public import Logging
import NIOCore

/// A server running in-process on 127.0.0.1 and a free port, for one test.
public struct TestServer: Sendable {
    public let server: DudaoServer
    public let host: String
    public let port: Int

    /// Opens another connection to the server.
    public func connect(clientName: String = "test") async throws -> DudaoClient {
        try await DudaoClient.connect(host: self.host, port: self.port, clientName: clientName)
    }
}

/// The registry of the test kit's assessments.
public func testRegistry() throws -> AssessmentRegistry {
    try AssessmentRegistry([PupilTeacherRatioAssessment()])
}

/// Runs the real server in-process on `127.0.0.1:0`, runs `body` with a handle to it, then shuts
/// the server down gracefully and waits for it to stop.
///
/// - Parameters:
///   - registry: The assessments to serve; the test kit's by default.
///   - configure: Changes to the configuration (limits, grace period) before the server starts.
///   - services: Extra services; ``ControlService`` by default.
///   - security: TLS, tokens, policy and per-caller limits; none by default.
///   - logger: The server's logger; silent by default.
public func withLiveServer<Result: Sendable>(
    registry: AssessmentRegistry? = nil,
    configure: (inout ServerConfiguration) -> Void = { _ in },
    services: [any DudaoService] = [ControlService()],
    recorder: any EvaluationRecorder = NoRecorder(),
    store: (any RecordStore)? = nil,
    security: ServerSecurity? = nil,
    logger: Logger = Logger(label: "dudao.test", factory: { _ in SwiftLogNoOpLogHandler() }),
    _ body: (TestServer) async throws -> Result
) async throws -> Result {
    var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, gracePeriod: .seconds(5))
    configure(&configuration)
    let registry = try registry ?? testRegistry()
    let servingState = ServingState()
    let dispatcher = makeDispatcher(
        registry: registry, servingState: servingState, recorder: recorder, store: store, extraServices: services,
        configuration: configuration, security: security, logger: logger
    )
    let server = DudaoServer(configuration: configuration, dispatcher: dispatcher, servingState: servingState, logger: logger, security: security)
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await server.run() }
        let outcome: Swift.Result<Result, any Error>
        do {
            let address = try await server.listeningAddress
            let handle = TestServer(server: server, host: "127.0.0.1", port: address.port ?? 0)
            outcome = .success(try await body(handle))
        } catch {
            outcome = .failure(error)
        }
        server.beginShutdown()
        try await group.waitForAll()
        return try outcome.get()
    }
}

/// Runs the real server in-process and gives `body` a connected client.
public func withTestServer<Result: Sendable>(
    registry: AssessmentRegistry? = nil,
    configure: (inout ServerConfiguration) -> Void = { _ in },
    services: [any DudaoService] = [ControlService()],
    _ body: (DudaoClient) async throws -> Result
) async throws -> Result {
    try await withLiveServer(registry: registry, configure: configure, services: services) { server in
        let client = try await server.connect()
        do {
            let result = try await body(client)
            await client.close()
            return result
        } catch {
            await client.close()
            throw error
        }
    }
}
