import DudaoCore
import DudaoServer
import DudaoStandards
import Foundation
import Logging
import UnixSignals

extension Dudaod {
    /// Builds the server's security from the flags, refusing a listener that would be exposed.
    func makeSecurity(settings: DaemonSettings, dataDirectory: URL, logger: Logger) throws -> ServerSecurity {
        let host = settings.host ?? "127.0.0.1"
        let security = try ServerSecurity(settings: self.security.settings(dataDirectory: dataDirectory)) { denied in
            logger.notice(
                "call denied",
                metadata: ["method": "\(denied.method)", "identity": "\(denied.identity ?? "-")", "code": "\(denied.error.code)"]
            )
        }
        if let warning = try ServerSecurity.checkListener(
            host: host, tls: security.currentTLSContext != nil, policy: security.hasPolicy, allowInsecurePublic: self.security.allowInsecurePublic
        ) {
            logger.warning("\(warning)")
        }
        if !security.hasPolicy {
            logger.info("no authorization policy: every caller on this loopback listener may call every method")
        }
        return security
    }

    /// Rereads the certificate, key, policy and standard packs on each SIGHUP; open connections
    /// keep their certificate, and a call already running keeps the pack version it started with.
    static func reloadOnHangup(_ security: ServerSecurity, standards: StandardsLibrary, store: any RecordStore, logger: Logger) async {
        for await _ in await UnixSignalsSequence(trapping: .sighup) {
            await Self.reloadStandards(standards, store: store, logger: logger)
            do {
                try security.reload()
                logger.info("reloaded the TLS certificate and the policy")
            } catch {
                logger.error("reload failed; keeping the previous certificate and policy", metadata: ["error": "\(error)"])
            }
        }
    }
}
