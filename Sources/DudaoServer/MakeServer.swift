public import DudaoCore
public import Logging

/// Builds the dispatcher with every method this build serves.
///
/// The daemon and the tests both call this, so the tests exercise the same method table as
/// production. A new service (the record store's) is one more entry in `services`.
public func makeDispatcher(
    registry: AssessmentRegistry,
    servingState: ServingState,
    recorder: any EvaluationRecorder = NoRecorder(),
    extraServices: [any DudaoService] = [],
    configuration: ServerConfiguration,
    security: ServerSecurity? = nil,
    logger: Logger
) -> Dispatcher {
    var dispatcher = Dispatcher(
        services: [AssessmentsService(registry: registry, recorder: recorder, limits: configuration.limits)] + extraServices,
        logger: logger
    )
    dispatcher.security = security
    let served = Set(dispatcher.methods.map { method in String(method.prefix { $0 != "/" }) }).union(["dudao.v1.Health", "dudao.v1.Server"])
    HealthService(servingState: servingState, servedServices: served).registerMethods(with: &dispatcher)
    ServerInfoService(registry: registry, configuration: configuration, recordsEnabled: served.contains("dudao.v1.Records"))
        .registerMethods(with: &dispatcher)
    return dispatcher
}

/// Builds the server the daemon runs: its dispatcher, health state and listener.
///
/// - Parameters:
///   - configuration: Address, port (0 for any free port) and limits.
///   - registry: The assessments to serve.
///   - recorder: Where evaluations are recorded before their answer is sent; none by default.
///   - security: TLS, tokens, policy and per-caller limits; `nil` serves everyone in the clear.
///   - logger: The server's logger.
public func makeServer(
    configuration: ServerConfiguration,
    registry: AssessmentRegistry,
    recorder: any EvaluationRecorder = NoRecorder(),
    security: ServerSecurity? = nil,
    logger: Logger
) -> DudaoServer {
    let servingState = ServingState()
    let dispatcher = makeDispatcher(
        registry: registry, servingState: servingState, recorder: recorder, configuration: configuration, security: security, logger: logger
    )
    return DudaoServer(configuration: configuration, dispatcher: dispatcher, servingState: servingState, logger: logger, security: security)
}
