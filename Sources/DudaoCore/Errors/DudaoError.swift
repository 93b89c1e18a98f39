/// An error with a status code that maps one-to-one onto the wire's gRPC-numbered status codes.
///
/// Core and assessment modules throw this (or a ``DudaoErrorConvertible``); the server converts
/// errors in exactly one place, so the code chosen here is the code a caller sees.
public struct DudaoError: Error, Sendable, Hashable, CustomStringConvertible {
    public var code: Code
    public var message: String
    /// One entry per bad input field, for ``Code/invalidArgument``.
    public var violations: [ValidationIssue]
    /// For ``Code/resourceExhausted``: which limit refused the call and when to retry.
    public var limit: LimitRefusal?

    public init(_ code: Code, _ message: String, violations: [ValidationIssue] = []) {
        self.code = code
        self.message = message
        self.violations = violations
        self.limit = nil
    }

    public var description: String {
        var text = "\(self.code): \(self.message)"
        for violation in self.violations {
            text += "\n  \(violation.path): [\(violation.rule.rawValue)] \(violation.messageEn)"
        }
        return text
    }

    /// A status code, numbered as gRPC numbers them.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public let rawValue: Int
        public let name: String

        private init(_ rawValue: Int, _ name: String) {
            self.rawValue = rawValue
            self.name = name
        }

        /// The code for a raw number, or `unknown` for numbers outside gRPC's table.
        public init(rawValue: Int) {
            self = Self.all.first { $0.rawValue == rawValue } ?? .unknown
        }

        public var description: String { self.name }

        public static let ok = Code(0, "OK")
        public static let cancelled = Code(1, "CANCELLED")
        public static let unknown = Code(2, "UNKNOWN")
        /// The input breaks a rule of the schema or the protocol; the caller must change it.
        public static let invalidArgument = Code(3, "INVALID_ARGUMENT")
        public static let deadlineExceeded = Code(4, "DEADLINE_EXCEEDED")
        /// No assessment, edition or record with that id.
        public static let notFound = Code(5, "NOT_FOUND")
        public static let alreadyExists = Code(6, "ALREADY_EXISTS")
        public static let permissionDenied = Code(7, "PERMISSION_DENIED")
        /// A limit was reached: frame size, connections, calls in flight, rate.
        public static let resourceExhausted = Code(8, "RESOURCE_EXHAUSTED")
        /// The request is well formed but the system is not in a state to run it (e.g. no edition in force).
        public static let failedPrecondition = Code(9, "FAILED_PRECONDITION")
        public static let aborted = Code(10, "ABORTED")
        public static let outOfRange = Code(11, "OUT_OF_RANGE")
        public static let unimplemented = Code(12, "UNIMPLEMENTED")
        /// A defect on the server; details are logged, never sent.
        public static let `internal` = Code(13, "INTERNAL")
        /// Try again later: shutting down, or the store cannot be written.
        public static let unavailable = Code(14, "UNAVAILABLE")
        public static let dataLoss = Code(15, "DATA_LOSS")
        public static let unauthenticated = Code(16, "UNAUTHENTICATED")

        public static let all: [Code] = [
            .ok, .cancelled, .unknown, .invalidArgument, .deadlineExceeded, .notFound, .alreadyExists,
            .permissionDenied, .resourceExhausted, .failedPrecondition, .aborted, .outOfRange, .unimplemented,
            .internal, .unavailable, .dataLoss, .unauthenticated,
        ]
    }
}

/// An error that knows which ``DudaoError`` it is on the wire.
public protocol DudaoErrorConvertible: Error {
    var dudaoError: DudaoError { get }
}

extension DudaoError: DudaoErrorConvertible {
    public var dudaoError: DudaoError { self }
}

extension DudaoError {
    /// Any error as a ``DudaoError``: convertible errors convert, anything else is INTERNAL.
    public static func from(_ error: any Error) -> DudaoError {
        if let convertible = error as? any DudaoErrorConvertible { return convertible.dudaoError }
        return DudaoError(.internal, "\(error)")
    }
}
