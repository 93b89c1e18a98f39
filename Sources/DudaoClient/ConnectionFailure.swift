public import DudaoCore
import NIOCore
import NIOPosix
import NIOSSL

/// A failed connection explained in one sentence a user can act on.
///
/// TLS failures arrive as BoringSSL's error stack (`handshakeFailed(sslError([Error 268435581
/// at /…/handshake.cc:393]…)`), which names a build path and nothing the user can change. The
/// cases a user meets are told apart by the error's reason and said plainly.
public enum ConnectionFailure {
    /// `UNAVAILABLE` with a sentence for `error`, which ended a connection to `server`.
    public static func explain(_ error: any Error, server: String? = nil) -> DudaoError {
        let target = server.map { "dudaod at \($0)" } ?? "the server"
        return DudaoError(.unavailable, "\(self.sentence(for: error, target: target))")
    }

    /// Whether nothing listens at the address: the connection was refused or no address answered.
    public static func isNoListener(_ error: any Error) -> Bool {
        switch error {
        case let error as NIOConnectionError:
            return !error.connectionErrors.isEmpty && error.connectionErrors.allSatisfy { self.isNoListener($0.error) }
        case let error as IOError:
            return [ECONNREFUSED, EHOSTUNREACH, ENETUNREACH, EADDRNOTAVAIL].contains(error.errnoCode)
        default:
            return false
        }
    }

    private static func sentence(for error: any Error, target: String) -> String {
        let text = String(describing: error)
        switch error {
        case NIOSSLError.uncleanShutdown:
            return "\(target) closed the connection during the TLS handshake: it may not speak TLS on this port, or it refused this client's certificate"
        case let error as NIOSSLExtraError where error == .failedToValidateHostname:
            return "the certificate of \(target) does not name the host connected to; connect by a name (or IP) the certificate lists"
        case is NIOSSLError, is BoringSSLError, is NIOSSLExtraError:
            if text.contains("CERTIFICATE_VERIFY_FAILED") {
                return "the certificate of \(target) is not signed by a trusted CA (check --tls-ca), or has expired"
            }
            if text.contains("WRONG_VERSION_NUMBER") || text.contains("PACKET_LENGTH_TOO_LONG") || text.contains("HTTP_REQUEST") {
                return "\(target) does not speak TLS on this port; connect without --tls/--tls-ca, or to its TLS port"
            }
            if text.contains("CERTIFICATE_REQUIRED") || text.contains("UNKNOWN_CA") || text.contains("BAD_CERTIFICATE") || text.contains("ALERT") {
                return "\(target) refused the TLS connection: it requires a client certificate its CA signed (check --tls-cert and --tls-key)"
            }
            return "the TLS handshake with \(target) failed; check --tls-ca, --tls-cert and --tls-key"
        case let error as IOError:
            return "cannot reach \(target): \(error.description)"
        case is ChannelError:
            return "the connection to \(target) failed (\(text))"
        default:
            return "cannot reach \(target) (\(text))"
        }
    }
}
