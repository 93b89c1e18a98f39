public import DudaoCore
import DudaoProto
import DudaoWire

/// `dudao.v1.Health/Check`, with grpc.health.v1's meaning.
///
/// SERVING until shutdown begins, NOT_SERVING from then on, so a load balancer or a script stops
/// sending work while calls in flight finish. While the record store refuses writes (a full
/// disk), the server as a whole and `dudao.v1.Assessments` are NOT_SERVING and
/// `dudao.v1.Records` stays SERVING. A service of the protocol that this server does not
/// serve (the record store's, before a store is configured) is NOT_SERVING; a name the protocol
/// does not know is `NOT_FOUND`. With a record store, the server and its Assessments service are
/// NOT_SERVING while the store cannot be written: every evaluation would fail `UNAVAILABLE`, so a
/// load balancer should send them to a daemon that can keep them.
public struct HealthService: DudaoService {
    public let servingState: ServingState
    /// The services with at least one method registered.
    public let servedServices: Set<String>
    /// The store evaluations are recorded in, if any.
    public let store: (any RecordStore)?

    public init(servingState: ServingState, servedServices: Set<String>, store: (any RecordStore)? = nil) {
        self.servingState = servingState
        self.servedServices = servedServices
        self.store = store
    }

    public func registerMethods(with dispatcher: inout Dispatcher) {
        dispatcher.register(WireMethod.healthCheck.rawValue) { (request: Dudao_V1_HealthCheckRequest, _) in
            var response = Dudao_V1_HealthCheckResponse()
            response.status = try await self.status(of: request.service)
            return response
        }
    }

    func status(of service: String) async throws -> Dudao_V1_HealthCheckResponse.ServingStatus {
        guard service.isEmpty || WireMethod.services.contains(service) || self.servedServices.contains(service) else {
            throw DudaoError(.notFound, "no service named \(service); known: \(WireMethod.services.joined(separator: ", "))")
        }
        if self.servingState.isShuttingDown { return .notServing }
        if !service.isEmpty && !self.servedServices.contains(service) { return .notServing }
        // While the store refuses writes (read-only, or a write refused for a full disk within the
        // last seconds), evaluations are refused; records are still read.
        if service.isEmpty || service == WireMethod.evaluate.service {
            if self.servingState.storeProblem() != nil { return .notServing }
            if let store = self.store, await !store.health().writable { return .notServing }
        }
        return .serving
    }
}
