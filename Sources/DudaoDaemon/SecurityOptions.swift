import ArgumentParser
import DudaoServer
import Foundation

/// The daemon's security flags: TLS, client certificates, the policy, and per-caller limits.
struct SecurityOptions: ParsableArguments {
    @Option(name: .customLong("tls-cert"), help: "PEM certificate chain of the server; turns TLS on (needs --tls-key).")
    var tlsCert: String?

    @Option(name: .customLong("tls-key"), help: "PEM private key of the server.")
    var tlsKey: String?

    @Option(name: .customLong("tls-client-ca"), help: "PEM CA certificates for client certificates; turns mutual TLS on: each client must show one, and its subject CN is its identity.")
    var tlsClientCA: String?

    @Option(help: "Authorization policy (JSON): per caller, its methods, assessments and region prefixes. Required with TLS or a public address.")
    var policy: String?

    @Flag(name: .customLong("allow-insecure-public"), help: "Allow plain TCP on a non-loopback address (logs a warning).")
    var allowInsecurePublic = false

    @Option(
        name: .customLong("max-connections-per-caller"),
        help: "Connections one caller (certificate identity, else IP address) may hold open; unused ones are closed first when it is at its bound (default 64)."
    )
    var maxConnectionsPerCaller: Int = 64

    @Option(
        name: .customLong("rate-limit"),
        help: "Calls per second per caller while other callers are active, with bursts up to --rate-burst (default 50; 0 turns the limit off). A caller alone is not held back."
    )
    var rateLimit: Double = 50

    @Option(name: .customLong("rate-burst"), help: "Calls a caller may make at once after a quiet spell (default 100).")
    var rateBurst: Double = 100

    func validate() throws {
        if (self.tlsCert == nil) != (self.tlsKey == nil) {
            throw ValidationError("--tls-cert and --tls-key go together")
        }
        if self.tlsClientCA != nil, self.tlsCert == nil {
            throw ValidationError("--tls-client-ca needs --tls-cert and --tls-key")
        }
        if self.maxConnectionsPerCaller < 1 { throw ValidationError("--max-connections-per-caller must be at least 1") }
        if !(self.rateLimit >= 0 && self.rateLimit.isFinite) { throw ValidationError("--rate-limit must be a number ≥ 0") }
        if !(self.rateBurst >= 1 && self.rateBurst.isFinite) { throw ValidationError("--rate-burst must be at least 1") }
    }

    /// The server's security settings, with tokens kept in `dataDirectory`.
    func settings(dataDirectory: URL) -> ServerSecurity.Settings {
        ServerSecurity.Settings(
            tls: self.tlsCert.map { certificate in
                ServerTLS(
                    certificate: URL(fileURLWithPath: certificate),
                    privateKey: URL(fileURLWithPath: self.tlsKey ?? ""),
                    clientCA: self.tlsClientCA.map { URL(fileURLWithPath: $0) }
                )
            },
            policyFile: self.policy.map { URL(fileURLWithPath: $0) },
            tokens: TokenStore(dataDirectory: dataDirectory),
            maxConnectionsPerCaller: self.maxConnectionsPerCaller,
            rateLimit: self.rateLimit > 0 ? RateLimiter.Settings(perSecond: self.rateLimit, burst: self.rateBurst) : nil
        )
    }
}
