import DudaoCore
import Foundation
import NIOSSL
import PostgresNIO

/// Where a ``PostgresRecordStore`` connects, read from `postgres://USER@HOST:PORT/DB?sslmode=MODE`.
///
/// The password never comes from the URL (a command line is visible to every user of the machine
/// in the process list): it is read from a file or from the environment, and a URL that carries
/// one is refused. `sslmode` is `disable` (the default), `require` (encrypted, the server's
/// certificate not checked) or `verify-full` (checked against `sslrootcert=FILE`, or the system's
/// roots, and the host name).
public struct PostgresStoreSettings: Sendable {
    /// The environment variable a password may come from.
    public static let passwordVariable = "DUDAO_STORE_PASSWORD"

    public enum TLSMode: String, Sendable, CaseIterable {
        case disable
        case require
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var username: String
    public var database: String
    public var password: String?
    public var tlsMode: TLSMode
    /// PEM file of the certificate authority that signed the server's certificate (`verify-full`).
    public var rootCertificatePath: String?
    /// The most connections one daemon opens.
    public var maximumConnections = 16
    /// How long a call waits for the database before it fails `UNAVAILABLE`.
    public var timeout: Duration = .seconds(10)

    /// Whether `text` names a PostgreSQL store rather than a directory.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// - Parameters:
    ///   - url: `postgres://USER@HOST[:PORT]/DB[?sslmode=…&sslrootcert=…]`.
    ///   - password: The password, read by the caller from a file or the environment; `nil` for
    ///     none (trust or certificate authentication).
    /// - Throws: ``DudaoError/Code/invalidArgument`` naming the part of the URL that is wrong.
    public init(url: String, password: String?) throws {
        func invalid(_ message: String) -> DudaoError {
            DudaoError(.invalidArgument, "--store \(Self.redacted(url)): \(message)")
        }
        guard Self.isURL(url), let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            throw invalid("expected postgres://USER@HOST:PORT/DATABASE")
        }
        guard components.password == nil else {
            throw invalid("the URL must not carry a password; give it in a file (--store-password-file) or in \(Self.passwordVariable)")
        }
        guard let user = components.user, !user.isEmpty else { throw invalid("the URL names no user (postgres://USER@HOST/DATABASE)") }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { throw invalid("the URL names no database (postgres://USER@HOST/DATABASE)") }
        self.host = host
        self.port = components.port ?? 5432
        self.username = user.removingPercentEncoding ?? user
        self.database = database.removingPercentEncoding ?? database
        self.password = password
        self.tlsMode = .disable
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
                    throw invalid("sslmode must be one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                self.tlsMode = mode
            case "sslrootcert":
                self.rootCertificatePath = item.value
            default:
                throw invalid("unknown parameter \(item.name); known: sslmode, sslrootcert")
            }
        }
    }

    /// The password from `file` (its first line), else from ``passwordVariable`` in `environment`
    /// (the process's, by default), else `nil`.
    public static func password(file: String?, environment: [String: String]? = nil) throws -> String? {
        if let file {
            do {
                let text = try String(contentsOfFile: file, encoding: .utf8)
                return String(text.prefix { $0 != "\n" && $0 != "\r" })
            } catch {
                throw DudaoError(.invalidArgument, "--store-password-file \(file) cannot be read: \(error.localizedDescription)")
            }
        }
        return (environment ?? ProcessInfo.processInfo.environment)[Self.passwordVariable]
    }

    /// The URL without user information, for logs and health messages.
    public var location: String {
        "postgres://\(self.host):\(self.port)/\(self.database)"
    }

    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "(unparseable URL)" }
        if components.password != nil { components.password = "***" }
        return components.string ?? "(unparseable URL)"
    }

    var clientConfiguration: PostgresClient.Configuration {
        get throws {
            let tls: PostgresClient.Configuration.TLS
            switch self.tlsMode {
            case .disable:
                tls = .disable
            case .require:
                var configuration = TLSConfiguration.makeClientConfiguration()
                configuration.certificateVerification = .none
                tls = .require(configuration)
            case .verifyFull:
                var configuration = TLSConfiguration.makeClientConfiguration()
                configuration.certificateVerification = .fullVerification
                if let path = self.rootCertificatePath {
                    do {
                        configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(path))
                    } catch {
                        throw DudaoError(.invalidArgument, "sslrootcert \(path) cannot be read as PEM certificates: \(error)")
                    }
                }
                tls = .require(configuration)
            }
            var configuration = PostgresClient.Configuration(
                host: self.host, port: self.port, username: self.username, password: self.password, database: self.database, tls: tls
            )
            configuration.options.maximumConnections = self.maximumConnections
            configuration.options.connectTimeout = self.timeout
            return configuration
        }
    }
}
