public import Foundation
public import Logging

/// What a method handler gets besides its request: the caller's metadata, a logger, and a way to
/// stream messages before its final one.
public struct CallContext: Sendable {
    public var method: String
    public var metadata: [String: String]
    public var logger: Logger
    /// Who is calling, as authenticated and authorized; `nil` when the server runs without
    /// security (every caller may do everything).
    public var caller: AuthenticatedCaller?
    private let sink: @Sendable (Data) async throws -> Void

    public init(
        method: String,
        metadata: [String: String],
        logger: Logger,
        caller: AuthenticatedCaller? = nil,
        sink: @escaping @Sendable (Data) async throws -> Void
    ) {
        self.method = method
        self.metadata = metadata
        self.logger = logger
        self.caller = caller
        self.sink = sink
    }

    /// Sends one streamed message (a batch result, a progress report) ahead of the final response.
    ///
    /// - Throws: when the call has already ended (cancelled, past its deadline, connection gone);
    ///   the handler should stop.
    public func send(_ payload: Data) async throws {
        try await self.sink(payload)
    }
}
