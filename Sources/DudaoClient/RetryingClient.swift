public import DudaoCore
import DudaoWire
public import Foundation
import Synchronization

/// Evaluates through any of several daemons sharing one record store, retrying a call that got
/// no answer on the next daemon, with the same idempotency key.
///
/// A call is retried when the server said `UNAVAILABLE` (shutting down, or its store cannot be
/// written) or the connection could not be made or was lost before the answer: the evaluation
/// may or may not have been recorded, and the key makes the retry return the record if it was.
/// Attempts back off exponentially with jitter, up to ``RetryPolicy/maximumAttempts``; any other
/// error is the answer and is thrown at once.
///
/// ```swift
/// let client = RetryingClient(endpoints: [.init(host: "10.0.0.1"), .init(host: "10.0.0.2")])
/// let recorded = try await client.evaluate(input, idempotencyKey: "2024-county-330106")
/// await client.close()
/// ```
public final class RetryingClient: Sendable {
    public struct Endpoint: Sendable, Hashable {
        public var host: String
        public var port: Int
        public init(host: String = "127.0.0.1", port: Int = 7411) {
            self.host = host
            self.port = port
        }
    }

    public struct RetryPolicy: Sendable, Hashable {
        /// Attempts in all, the first included.
        public var maximumAttempts: Int
        /// The pause before the first retry; doubled for each further one.
        public var initialBackoff: Duration
        /// The longest pause.
        public var maximumBackoff: Duration

        public init(maximumAttempts: Int = 6, initialBackoff: Duration = .milliseconds(50), maximumBackoff: Duration = .seconds(2)) {
            self.maximumAttempts = max(1, maximumAttempts)
            self.initialBackoff = initialBackoff
            self.maximumBackoff = maximumBackoff
        }

        /// The pause after failed attempt `attempt` (1-based): exponential, capped, with up to
        /// half of it random so that many clients do not retry in step.
        func backoff(after attempt: Int) -> Duration {
            let exponential = self.initialBackoff * (1 << min(attempt - 1, 20))
            let capped = min(exponential, self.maximumBackoff)
            return capped / 2 + capped / 2 * Double.random(in: 0...1)
        }
    }

    public let endpoints: [Endpoint]
    public let policy: RetryPolicy
    private let clientName: String
    private let tls: ClientTLS?
    private let token: String?
    /// The open connection and the index of the endpoint it goes to.
    private let current = Mutex<(client: DudaoClient?, endpoint: Int)>((nil, 0))

    /// - Parameter endpoints: Tried in order, starting with the first; at least one.
    public init(
        endpoints: [Endpoint],
        policy: RetryPolicy = RetryPolicy(),
        clientName: String = "dudao-swift/\(DudaoClient.version)",
        tls: ClientTLS? = nil,
        token: String? = nil
    ) {
        precondition(!endpoints.isEmpty, "a RetryingClient needs at least one endpoint")
        self.endpoints = endpoints
        self.policy = policy
        self.clientName = clientName
        self.tls = tls
        self.token = token
    }

    /// Evaluates `input` once, however many attempts it takes.
    ///
    /// - Parameter idempotencyKey: The evaluation's name; by default a fresh random one, which
    ///   still makes this call's own retries safe.
    /// - Throws: The last error when every attempt failed, or the first error that is not worth
    ///   retrying (e.g. `INVALID_ARGUMENT`, or `FAILED_PRECONDITION` for a key reused with
    ///   another input).
    public func evaluate(
        _ input: AssessmentInput, idempotencyKey: String = UUID().uuidString, metadata: [String: String] = [:], timeout: Duration? = nil
    ) async throws -> RecordedResult {
        var metadata = metadata
        metadata[MetadataKey.idempotencyKey] = idempotencyKey
        return try await self.withRetries { client in
            try await client.evaluateRecorded(input, metadata: metadata, timeout: timeout)
        }
    }

    /// Runs `call` on a connection, reconnecting to the next endpoint and retrying while it fails
    /// in a way that may have left the call unanswered.
    public func withRetries<T: Sendable>(_ call: (DudaoClient) async throws -> T) async throws -> T {
        var attempt = 1
        while true {
            var used: DudaoClient?
            do {
                let client = try await self.connection()
                used = client
                return try await call(client)
            } catch {
                guard Self.isRetryable(error), attempt < self.policy.maximumAttempts else { throw error }
                await self.abandon(used)
                try await Task.sleep(for: self.policy.backoff(after: attempt))
                attempt += 1
            }
        }
    }

    /// Closes the open connection, if any.
    public func close() async {
        let client = self.current.withLock { current in
            defer { current.client = nil }
            return current.client
        }
        await client?.close()
    }

    /// Whether `error` leaves the call possibly unanswered: `UNAVAILABLE`, or any failure of the
    /// connection itself (refused, reset, closed) rather than an answer from the server.
    public static func isRetryable(_ error: any Error) -> Bool {
        if let error = error as? DudaoError { return error.code == .unavailable }
        return !(error is CancellationError)
    }

    private func connection() async throws -> DudaoClient {
        let (open, index) = self.current.withLock { ($0.client, $0.endpoint) }
        if let open { return open }
        let endpoint = self.endpoints[index]
        let client = try await DudaoClient.connect(host: endpoint.host, port: endpoint.port, clientName: self.clientName, tls: self.tls, token: self.token)
        let raced: DudaoClient? = self.current.withLock { current in
            if let other = current.client { return other }
            current.client = client
            return nil
        }
        if let raced {
            await client.close()
            return raced
        }
        return client
    }

    /// Drops the connection that failed (`nil`: the connection that could not be made) and moves
    /// on to the next endpoint, so the retry goes elsewhere. Calls failing together on one
    /// connection move on once, not once each.
    private func abandon(_ failed: DudaoClient?) async {
        let count = self.endpoints.count
        let moved = self.current.withLock { current -> Bool in
            guard current.client === failed else { return false }
            current.client = nil
            current.endpoint = (current.endpoint + 1) % count
            return true
        }
        if moved { await failed?.close() }
    }
}
