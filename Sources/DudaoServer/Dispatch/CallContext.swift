public import DudaoCore
public import Foundation
public import Logging

/// What a method handler gets besides its request: the caller's metadata, a logger, and a way to
/// stream messages before its final one.
public struct CallContext: Sendable {
    public var method: String
    public var metadata: [String: String]
    public var logger: Logger
    /// The name the client gave in its hello.
    public var clientName: String
    /// The daemon's id of this call, unique per call; the audit trail keys on it.
    public var callID: String
    /// What the handler learnt for the audit trail (subject, record id).
    public let notes: CallNotes
    /// Who is calling, as authenticated and authorized; `nil` when the server runs without
    /// security (every caller may do everything).
    public var authenticated: AuthenticatedCaller?
    private let sink: @Sendable (Data) async throws -> Void

    public init(
        method: String,
        metadata: [String: String],
        logger: Logger,
        clientName: String = "",
        callID: String = CallID.make(),
        notes: CallNotes = CallNotes(),
        authenticated: AuthenticatedCaller? = nil,
        sink: @escaping @Sendable (Data) async throws -> Void
    ) {
        self.method = method
        self.metadata = metadata
        self.logger = logger
        self.clientName = clientName
        self.callID = callID
        self.notes = notes
        self.authenticated = authenticated
        self.sink = sink
    }

    /// Who asked: the client name from the handshake and the identity its certificate or token
    /// proved, as stored records and the audit trail name it.
    public var caller: CallerIdentity {
        CallerIdentity(clientName: self.clientName, authenticatedIdentity: self.authenticated?.identity)
    }

    /// Sends one streamed message (a batch result, a progress report) ahead of the final response.
    ///
    /// - Throws: when the call has already ended (cancelled, past its deadline, connection gone);
    ///   the handler should stop.
    public func send(_ payload: Data) async throws {
        try await self.sink(payload)
    }
}
