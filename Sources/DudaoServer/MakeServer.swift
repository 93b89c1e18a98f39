public import DudaoCore
public import Logging

/// Builds the dispatcher with every method this build serves.
///
/// The daemon and the tests both call this, so the tests exercise the same method table as
/// production. With a `store`, every evaluation is recorded in it before its answer is sent, the
/// record methods are served from it, and every call is appended to its audit trail.
public func makeDispatcher(
    registry: AssessmentRegistry,
    servingState: ServingState,
    recorder: any EvaluationRecorder = NoRecorder(),
    store: (any RecordStore)? = nil,
    extraServices: [any DudaoService] = [],
    configuration: ServerConfiguration,
    security: ServerSecurity? = nil,
    logger: Logger
) -> Dispatcher {
    var services: [any DudaoService] = []
    if let store {
        services.append(AssessmentsService(registry: registry, recorder: StoreRecorder(store: store, servingState: servingState), limits: configuration.limits))
        services.append(RecordsService(store: store, registry: registry))
    } else {
        services.append(AssessmentsService(registry: registry, recorder: recorder, limits: configuration.limits))
    }
    var dispatcher = Dispatcher(services: services + extraServices, logger: logger)
    dispatcher.security = security
    let served = Set(dispatcher.methods.map { method in String(method.prefix { $0 != "/" }) }).union(["dudao.v1.Health", "dudao.v1.Server"])
    HealthService(servingState: servingState, servedServices: served, store: store).registerMethods(with: &dispatcher)
    ServerInfoService(registry: registry, configuration: configuration, recordsEnabled: served.contains("dudao.v1.Records"))
        .registerMethods(with: &dispatcher)
    if let store {
        let backlog = AuditBacklog(store: store, logger: logger)
        dispatcher.audit = { entry in try await backlog.append(entry) }
    }
    return dispatcher
}

/// Builds the server the daemon runs: its dispatcher, health state and listener.
///
/// - Parameters:
///   - configuration: Address, port (0 for any free port) and limits.
///   - registry: The assessments to serve.
///   - store: Where evaluations and the audit trail are kept; with none, nothing is recorded and
///     the record methods answer `UNIMPLEMENTED`.
///   - recorder: Used only without a `store`; none by default.
///   - security: TLS, tokens, policy and per-caller limits; `nil` serves everyone in the clear.
///   - logger: The server's logger.
public func makeServer(
    configuration: ServerConfiguration,
    registry: AssessmentRegistry,
    store: (any RecordStore)? = nil,
    recorder: any EvaluationRecorder = NoRecorder(),
    security: ServerSecurity? = nil,
    logger: Logger
) -> DudaoServer {
    let servingState = ServingState()
    let dispatcher = makeDispatcher(
        registry: registry, servingState: servingState, recorder: recorder, store: store, configuration: configuration, security: security,
        logger: logger
    )
    return DudaoServer(configuration: configuration, dispatcher: dispatcher, servingState: servingState, logger: logger, security: security)
}
