import DudaoCore
import DudaoProto
import DudaoWire

/// `dudao.v1.Health/Check`, with grpc.health.v1's meaning.
///
/// SERVING until shutdown begins, NOT_SERVING from then on, so a load balancer or a script stops
/// sending work while calls in flight finish. While the record store refuses writes (a full
/// disk), the server as a whole and `dudao.v1.Assessments` are NOT_SERVING and
/// `dudao.v1.Records` stays SERVING. A service of the protocol that this server does not
/// serve (the record store's, before a store is configured) is NOT_SERVING; a name the protocol
/// does not know is `NOT_FOUND`.
public struct HealthService: DudaoService {
    public let servingState: ServingState
    /// The services with at least one method registered.
    public let servedServices: Set<String>

    public init(servingState: ServingState, servedServices: Set<String>) {
        self.servingState = servingState
        self.servedServices = servedServices
    }

    public func registerMethods(with dispatcher: inout Dispatcher) {
        dispatcher.register(WireMethod.healthCheck.rawValue) { (request: Dudao_V1_HealthCheckRequest, _) in
            var response = Dudao_V1_HealthCheckResponse()
            response.status = try self.status(of: request.service)
            return response
        }
    }

    func status(of service: String) throws -> Dudao_V1_HealthCheckResponse.ServingStatus {
        guard service.isEmpty || WireMethod.services.contains(service) || self.servedServices.contains(service) else {
            throw DudaoError(.notFound, "no service named \(service); known: \(WireMethod.services.joined(separator: ", "))")
        }
        if self.servingState.isShuttingDown { return .notServing }
        if !service.isEmpty && !self.servedServices.contains(service) { return .notServing }
        // While the store refuses writes, evaluations are refused; records are still read.
        if service.isEmpty || service == WireMethod.evaluate.service, self.servingState.storeProblem() != nil { return .notServing }
        return .serving
    }
}
