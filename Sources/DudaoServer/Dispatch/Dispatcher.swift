public import DudaoCore
public import Foundation
import DudaoWire
public import Logging

/// Routes a call to its method handler and turns whatever the handler throws into a status.
///
/// It is request in, response out: no sockets, so tests drive it directly. Methods are held in a
/// table keyed by their fully qualified name; a service adds its methods with one
/// ``register(_:_:)`` each (see ``DudaoService``). Errors are converted here and nowhere else.
public struct Dispatcher: Sendable {
    /// Handles one call: the serialized request in, the serialized final message out.
    public typealias Handler = @Sendable (_ payload: Data, _ context: CallContext) async throws -> Data

    private var handlers: [String: Handler] = [:]
    private let logger: Logger
    /// Where every call is appended once it has ended (the audit trail); `nil` keeps none.
    ///
    /// A failure to append is logged and does not change the call's outcome: by then an
    /// evaluation's record is committed, and a read must not fail for want of its audit line.
    public var audit: (@Sendable (AuditEntry) async throws -> Void)?
    /// Authenticates and authorizes every call before its method runs; `nil` admits everyone.
    public var security: ServerSecurity?

    public init(logger: Logger) {
        self.logger = logger
    }

    /// Builds a dispatcher holding the methods of `services`.
    public init(services: [any DudaoService], logger: Logger) {
        self.init(logger: logger)
        for service in services {
            service.registerMethods(with: &self)
        }
    }

    /// Adds a method. Registering a name twice is a programming error.
    public mutating func register(_ method: String, _ handler: @escaping Handler) {
        precondition(self.handlers[method] == nil, "method \(method) is registered twice")
        self.handlers[method] = handler
    }

    /// The registered methods, sorted.
    public var methods: [String] { self.handlers.keys.sorted() }

    /// Runs one call.
    ///
    /// - Parameters:
    ///   - request: The method, payload and metadata.
    ///   - send: Where streamed messages go, ahead of the final outcome.
    /// - Returns: ``CallOutcome/failed(_:)`` with `UNIMPLEMENTED` for an unknown method, with the
    ///   handler's ``DudaoError`` or ``DudaoErrorConvertible`` as thrown, `CANCELLED` when the call
    ///   was cancelled, and `INTERNAL` with a generic message for any other error.
    public func dispatch(_ request: CallRequest, send: @escaping @Sendable (Data) async throws -> Void) async -> CallOutcome {
        let started = ContinuousClock.now
        let time = RecordID.now()
        var logger = self.logger
        logger[metadataKey: "method"] = "\(MetadataBounds.methodName(request.method))"
        if let traceID = request.metadata[MetadataKey.traceID] {
            logger[metadataKey: "trace-id"] = "\(traceID)"
        }
        var context = CallContext(method: request.method, metadata: request.metadata, logger: logger, clientName: request.clientName, sink: send)
        // Only the server says who a caller is.
        context.metadata[ServerSecurity.identityKey] = nil
        let outcome: CallOutcome
        if let handler = self.handlers[request.method] {
            outcome = await self.run(handler, request, context: &context)
        } else {
            let message: String
            let method = MetadataBounds.methodName(request.method)
            if WireMethod(rawValue: request.method) != nil {
                message = "method \(method) is not available in this build of the server"
            } else {
                message = "unknown method \(method)"
            }
            outcome = .failed(DudaoError(.unimplemented, message))
        }
        ServerMetrics.callEnded(method: request.method, status: outcome.error?.code ?? .ok, duration: ContinuousClock.now - started)
        if let audit = self.audit, !context.notes.unaudited {
            let entry = AuditEntry(
                time: time,
                caller: context.caller,
                method: MetadataBounds.methodName(request.method),
                subjectCode: context.notes.subjectCode,
                recordID: context.notes.recordID,
                status: outcome.error?.code ?? .ok,
                message: outcome.error?.message,
                durationMilliseconds: Int64((ContinuousClock.now - started).wholeMilliseconds),
                callID: context.callID,
                traceID: request.metadata[MetadataKey.traceID]
            )
            do {
                try await audit(entry)
            } catch {
                logger.warning("the audit trail could not be appended", metadata: ["error": "\(error)", "call-id": "\(context.callID)"])
            }
        }
        return outcome
    }

    /// Admits the caller (when the server has security) and runs the method.
    ///
    /// A refused caller's proved identity, if any, still goes into the context, so the audit
    /// entry of the refusal names it.
    private func run(_ handler: Handler, _ request: CallRequest, context: inout CallContext) async -> CallOutcome {
        if let security = self.security {
            do {
                let caller = try await security.admit(request)
                context.authenticated = caller
                context.metadata = ServerSecurity.metadata(context.metadata, for: caller)
                context.logger[metadataKey: "identity"] = "\(caller.identity ?? "-")"
            } catch {
                if let refusal = error as? RateLimiter.Refusal, !refusal.audited {
                    // Counted in the caller's next audited refusal; a flood of refused calls
                    // must not turn into a flood of audit rows.
                    context.notes.unaudited = true
                }
                if let identity = security.provedIdentity(of: request) {
                    context.authenticated = AuthenticatedCaller(identity: identity, credential: .none, regions: .prefixes([]))
                }
                context.logger.log(level: context.notes.unaudited ? .debug : .notice, "call refused", metadata: ["error": "\(error)"])
                let status = Self.status(for: error, logger: context.logger)
                ServerMetrics.callRefused(status)
                return .failed(status)
            }
        }
        do {
            return .ok(try await handler(request.payload, context))
        } catch {
            let status = Self.status(for: error, logger: context.logger)
            if status.code == .permissionDenied, let security = self.security {
                // A method's own refusal (an assessment or region outside the caller's rule).
                await security.reportDenied(request, identity: context.authenticated?.identity, error: status)
                ServerMetrics.callRefused(status)
            }
            return .failed(status)
        }
    }

    /// The one place where an error becomes what the caller sees.
    ///
    /// A ``DudaoError`` passes through; a ``DudaoErrorConvertible`` is converted; a cancellation is
    /// `CANCELLED`; anything else is `INTERNAL` with a generic message, its cause logged and never
    /// sent, since it may carry paths or data the caller must not see.
    static func status(for error: any Error, logger: Logger) -> DudaoError {
        switch error {
        case let error as any DudaoErrorConvertible:
            return error.dudaoError
        case is CancellationError:
            return DudaoError(.cancelled, "the call was cancelled")
        default:
            logger.error("call failed with an unexpected error", metadata: ["error": "\(String(reflecting: error))"])
            return DudaoError(.internal, "internal error; the server log has the details")
        }
    }
}

/// A group of methods registered together, e.g. `dudao.v1.Assessments`.
///
/// Adding a service to the server is one conformance and one entry in the list given to
/// ``Dispatcher/init(services:logger:)``.
public protocol DudaoService: Sendable {
    func registerMethods(with dispatcher: inout Dispatcher)
}
