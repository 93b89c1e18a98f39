import DudaoCore
import DudaoServer
import Foundation

/// The daemon's settings as the JSON config file writes them; every key is optional.
///
/// ```json
/// {"host": "127.0.0.1", "port": 7411, "data-dir": "./data", "max-frame-bytes": 4194304,
///  "max-connections": 256, "max-calls-per-connection": 64, "idle-timeout": 60,
///  "grace-period": 10, "keepalive-interval": 30, "log-level": "info",
///  "store": "postgres://dudao@db.example:5432/dudao", "store-password-file": "/etc/dudao/db-password",
///  "metrics-host": "127.0.0.1", "metrics-port": 9411}
/// ```
struct DaemonSettings: Codable, Hashable {
    var host: String?
    var port: Int?
    var dataDir: String?
    var maxFrameBytes: Int?
    var maxConnections: Int?
    var maxCallsPerConnection: Int?
    /// Seconds.
    var idleTimeout: Double?
    /// Seconds.
    var gracePeriod: Double?
    /// Seconds; absent for no pings.
    var keepaliveInterval: Double?
    var logLevel: String?
    /// `postgres://USER@HOST:PORT/DB`; absent for the SQLite store in the data directory.
    var store: String?
    var storePasswordFile: String?
    var metricsHost: String?
    var metricsPort: Int?
    /// A folder of standard-pack folders served beside the bundled assessments.
    var standards: String?

    enum CodingKeys: String, CodingKey {
        case host, port
        case dataDir = "data-dir"
        case maxFrameBytes = "max-frame-bytes"
        case maxConnections = "max-connections"
        case maxCallsPerConnection = "max-calls-per-connection"
        case idleTimeout = "idle-timeout"
        case gracePeriod = "grace-period"
        case keepaliveInterval = "keepalive-interval"
        case logLevel = "log-level"
        case store
        case storePasswordFile = "store-password-file"
        case metricsHost = "metrics-host"
        case metricsPort = "metrics-port"
        case standards
    }

    /// Reads a config file; an unknown key is an error, since a misspelt key would otherwise be
    /// silently ignored.
    static func load(from path: String) throws -> DaemonSettings {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            try JSONSyntaxCheck.check(data, what: path)
        } catch let error as DudaoError {
            throw ConfigError(path: path, message: error.violations.first?.messageEn ?? error.message)
        }
        if let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] {
            let known = Set(["host", "port", "data-dir", "max-frame-bytes", "max-connections", "max-calls-per-connection", "idle-timeout", "grace-period", "keepalive-interval", "log-level", "store", "store-password-file", "metrics-host", "metrics-port"])
            let unknown = object.keys.filter { !known.contains($0) }.sorted()
            guard unknown.isEmpty else {
                throw ConfigError(path: path, message: "unknown key(s) \(unknown.joined(separator: ", ")); known: \(known.sorted().joined(separator: ", "))")
            }
        }
        do {
            return try JSONDecoder().decode(DaemonSettings.self, from: data)
        } catch {
            throw ConfigError(path: path, message: "\(error)")
        }
    }

    /// Takes every setting `other` has; `other` wins.
    mutating func merge(_ other: DaemonSettings) {
        self.host = other.host ?? self.host
        self.port = other.port ?? self.port
        self.dataDir = other.dataDir ?? self.dataDir
        self.maxFrameBytes = other.maxFrameBytes ?? self.maxFrameBytes
        self.maxConnections = other.maxConnections ?? self.maxConnections
        self.maxCallsPerConnection = other.maxCallsPerConnection ?? self.maxCallsPerConnection
        self.idleTimeout = other.idleTimeout ?? self.idleTimeout
        self.gracePeriod = other.gracePeriod ?? self.gracePeriod
        self.keepaliveInterval = other.keepaliveInterval ?? self.keepaliveInterval
        self.logLevel = other.logLevel ?? self.logLevel
        self.store = other.store ?? self.store
        self.storePasswordFile = other.storePasswordFile ?? self.storePasswordFile
        self.metricsHost = other.metricsHost ?? self.metricsHost
        self.metricsPort = other.metricsPort ?? self.metricsPort
        self.standards = other.standards ?? self.standards
    }

    var serverConfiguration: ServerConfiguration {
        var configuration = ServerConfiguration()
        configuration.host = self.host ?? configuration.host
        configuration.port = self.port ?? configuration.port
        configuration.limits.maxFrameBytes = self.maxFrameBytes ?? configuration.limits.maxFrameBytes
        configuration.limits.maxConnections = self.maxConnections ?? configuration.limits.maxConnections
        configuration.limits.maxCallsPerConnection = self.maxCallsPerConnection ?? configuration.limits.maxCallsPerConnection
        if let idle = self.idleTimeout { configuration.limits.idleTimeout = .milliseconds(Int64(idle * 1000)) }
        if let grace = self.gracePeriod { configuration.gracePeriod = .milliseconds(Int64(grace * 1000)) }
        if let interval = self.keepaliveInterval, interval > 0 { configuration.limits.keepaliveInterval = .milliseconds(Int64(interval * 1000)) }
        return configuration
    }
}

struct ConfigError: Error, CustomStringConvertible {
    var path: String
    var message: String
    var description: String { "config file \(self.path): \(self.message)" }
}
