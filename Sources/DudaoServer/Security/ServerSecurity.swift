public import DudaoCore
public import Foundation
import Logging
public import NIOSSL
import Synchronization

/// Everything the server does to know its callers and hold them to their rights: TLS, tokens,
/// the policy, and the per-caller limits.
///
/// The listener asks it for the TLS context of each new connection; the dispatcher asks it, once
/// per call and before the method runs, who the caller is and whether it may make the call
/// (``admit(_:)``). Certificates, key and policy are reloaded by ``reload()`` (the daemon calls it
/// on SIGHUP); connections already open keep the TLS session they have.
public final class ServerSecurity: Sendable {
    /// Settings that stay fixed for the server's life.
    public struct Settings: Sendable {
        /// TLS for the listener; `nil` for plain TCP.
        public var tls: ServerTLS?
        /// The policy file, reread on ``ServerSecurity/reload()``; `nil` lets every caller do everything.
        public var policyFile: URL?
        /// API tokens; `nil` when tokens are not accepted.
        public var tokens: TokenStore?
        /// Most connections one caller may hold open at once: per certificate identity, or per
        /// IP address for connections without a certificate; `nil` for no per-caller bound.
        public var maxConnectionsPerCaller: Int?
        /// Calls per second each caller may make; `nil` for no rate limit.
        public var rateLimit: RateLimiter.Settings?

        public init(
            tls: ServerTLS? = nil,
            policyFile: URL? = nil,
            tokens: TokenStore? = nil,
            maxConnectionsPerCaller: Int? = nil,
            rateLimit: RateLimiter.Settings? = nil
        ) {
            self.tls = tls
            self.policyFile = policyFile
            self.tokens = tokens
            self.maxConnectionsPerCaller = maxConnectionsPerCaller
            self.rateLimit = rateLimit
        }
    }

    /// The metadata key carrying `Bearer <token>`; removed before the method sees the metadata.
    public static let authorizationKey = "authorization"
    /// The metadata key the server sets to the proved identity (a client's own value is dropped),
    /// so stored records and the audit trail name who called.
    public static let identityKey = "authenticated-identity"

    public let settings: Settings
    private let rateLimiter: RateLimiter?
    private let tlsContext: Mutex<NIOSSLContext?>
    private let authorizer: Mutex<Authorizer>
    private let onDenied: @Sendable (DeniedCall) async -> Void

    /// Reads the certificate, key and policy.
    ///
    /// - Parameters:
    ///   - policy: A policy given directly, used when `settings.policyFile` is `nil` (tests, embedding).
    ///   - onDenied: Told of every refused call, to write it to the audit trail.
    /// - Throws: `INVALID_ARGUMENT` naming a file that cannot be read.
    public init(
        settings: Settings,
        policy: AccessPolicy? = nil,
        onDenied: @escaping @Sendable (DeniedCall) async -> Void = { _ in }
    ) throws {
        self.settings = settings
        self.rateLimiter = settings.rateLimit.map(RateLimiter.init(settings:))
        self.tlsContext = Mutex(try settings.tls?.makeContext())
        self.authorizer = Mutex(Authorizer(policy: try settings.policyFile.map(AccessPolicy.load(from:)) ?? policy))
        self.onDenied = onDenied
    }

    /// Whether a policy restricts callers.
    public var hasPolicy: Bool { self.authorizer.withLock { $0.policy != nil } }

    /// The TLS context for a new connection; `nil` for plain TCP.
    public var currentTLSContext: NIOSSLContext? { self.tlsContext.withLock { $0 } }

    /// Rereads the certificate, key and policy files. On any error nothing changes.
    public func reload() throws {
        let context = try self.settings.tls?.makeContext()
        let policy = try self.settings.policyFile.map(AccessPolicy.load(from:))
        self.tlsContext.withLock { $0 = context }
        if let policy {
            self.authorizer.withLock { $0 = Authorizer(policy: policy) }
        }
    }

    /// Who is calling and what it may do, or why the call is refused.
    ///
    /// The identity is the client certificate's when the connection has one, else the token's;
    /// a token that is sent must be valid. Then the policy must allow the method, and the caller
    /// must be within its rate.
    ///
    /// - Throws: `UNAUTHENTICATED`, `PERMISSION_DENIED`, or ``RateLimiter/Refusal``
    ///   (`RESOURCE_EXHAUSTED`); the refusal is also handed to the audit hook (a rate refusal
    ///   only when it is sampled for the audit trail).
    public func admit(_ request: CallRequest) async throws -> AuthenticatedCaller {
        var identity: String?
        do {
            var credential = AuthenticatedCaller.Credential.none
            if let token = Self.bearerToken(in: request.metadata) {
                guard let name = self.settings.tokens?.verify(token) else {
                    throw DudaoError(.unauthenticated, "the API token is not valid (unknown, malformed or revoked)")
                }
                identity = name
                credential = .token
            }
            if let certificate = request.peerIdentity {
                identity = certificate
                credential = .certificate
            }
            let caller = try self.authorizer.withLock { try $0.authorize(method: request.method, identity: identity, credential: credential) }
            try self.rateLimiter?.take(for: caller.rateKey(peer: request.peerAddress))
            return caller
        } catch let refusal as RateLimiter.Refusal {
            if refusal.audited {
                await self.reportDenied(request, identity: identity, error: refusal.dudaoError)
            }
            throw refusal
        } catch let error as DudaoError {
            await self.reportDenied(request, identity: identity, error: error)
            throw error
        }
    }

    /// Hands a refused call to the audit hook.
    public func reportDenied(_ request: CallRequest, identity: String?, error: DudaoError) async {
        await self.onDenied(DeniedCall(method: request.method, identity: identity, clientName: request.metadata["caller"], error: error))
    }

    /// The identity `request`'s certificate or valid token proves, whatever the policy says of it.
    public func provedIdentity(of request: CallRequest) -> String? {
        if let certificate = request.peerIdentity { return certificate }
        return Self.bearerToken(in: request.metadata).flatMap { self.settings.tokens?.verify($0) }
    }

    /// The metadata a method sees: without the credential, with the proved identity.
    public static func metadata(_ metadata: [String: String], for caller: AuthenticatedCaller) -> [String: String] {
        var metadata = metadata
        metadata[Self.authorizationKey] = nil
        metadata[Self.identityKey] = caller.identity
        return metadata
    }

    static func bearerToken(in metadata: [String: String]) -> String? {
        guard let value = metadata[Self.authorizationKey] else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return "" }
        return String(parts[1]).trimmingCharacters(in: .whitespaces)
    }

    // MARK: Listener check

    /// Whether `host` is a loopback address, reachable only from this machine.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Refuses a listener that would expose the daemon without protection.
    ///
    /// Plain TCP on a non-loopback address needs `allowInsecurePublic` (and gets a warning);
    /// TLS or a public address needs a policy, since otherwise anyone who can connect may do
    /// everything.
    ///
    /// - Returns: A warning to log, if any.
    /// - Throws: `FAILED_PRECONDITION` saying what to add.
    public static func checkListener(host: String, tls: Bool, policy: Bool, allowInsecurePublic: Bool) throws -> String? {
        let loopback = Self.isLoopback(host)
        if !loopback, !tls, !allowInsecurePublic {
            throw DudaoError(
                .failedPrecondition,
                "refusing to listen on \(host) without TLS: give --tls-cert and --tls-key, or --allow-insecure-public to accept unencrypted calls from the network"
            )
        }
        if (tls || !loopback), !policy {
            throw DudaoError(.failedPrecondition, "listening on \(host)\(tls ? " with TLS" : "") needs an authorization policy: give --policy FILE")
        }
        if !loopback, !tls {
            return "listening on \(host) without TLS: calls, tokens and results cross the network unencrypted"
        }
        return nil
    }
}
