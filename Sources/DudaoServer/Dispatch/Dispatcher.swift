public import Foundation
import DudaoCore
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
        var logger = self.logger
        logger[metadataKey: "method"] = "\(request.method)"
        if let traceID = request.metadata[MetadataKey.traceID] {
            logger[metadataKey: "trace-id"] = "\(traceID)"
        }
        guard let handler = self.handlers[request.method] else {
            let message: String
            if WireMethod(rawValue: request.method) != nil {
                message = "method \(request.method) is not available in this build of the server"
            } else {
                message = "unknown method \(request.method)"
            }
            return .failed(DudaoError(.unimplemented, message))
        }
        var context = CallContext(method: request.method, metadata: request.metadata, logger: logger, sink: send)
        // Only the server says who a caller is.
        context.metadata[ServerSecurity.identityKey] = nil
        if let security = self.security {
            do {
                let caller = try await security.admit(request)
                context.caller = caller
                context.metadata = ServerSecurity.metadata(request.metadata, for: caller)
                context.logger[metadataKey: "identity"] = "\(caller.identity ?? "-")"
            } catch {
                logger.notice("call refused", metadata: ["error": "\(error)"])
                return .failed(Self.status(for: error, logger: logger))
            }
        }
        do {
            return .ok(try await handler(request.payload, context))
        } catch {
            let status = Self.status(for: error, logger: logger)
            if status.code == .permissionDenied, let security = self.security {
                // A method's own refusal (an assessment or region outside the caller's rule).
                await security.reportDenied(request, identity: context.caller?.identity, error: status)
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
