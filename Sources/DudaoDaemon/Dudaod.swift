public import ArgumentParser
import DudaoAssessments
import DudaoCore
import DudaoServer
import DudaoStandards
import DudaoStore
import DudaoPostgresStore
import Foundation
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

#if canImport(Glibc)
import Glibc
#endif

/// `dudaod`: serves the bundled assessments (and the standard packs of `--standards DIR`) over the
/// Dudao protocol until SIGTERM or SIGINT; SIGHUP reloads the certificate, the policy and the packs.
///
/// Settings come from flags, then from `--config FILE` (JSON with the same keys), then from the
/// defaults; a flag wins over the file. When the socket is bound, one line
/// `dudaod listening on HOST:PORT` goes to standard output, so a script started with `--port 0`
/// can read the port. Logs go to standard error. The executable is `DudaoDaemonMain`.
public struct Dudaod: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dudaod",
        abstract: "Serve Zhejiang education-supervision assessments over the Dudao protocol.",
        version: DudaoServer.version,
        subcommands: [Admin.self]
    )

    public init() {}

    @Option(help: "Address to listen on (default 127.0.0.1).")
    var host: String?

    @Option(help: "Port to listen on; 0 picks a free one (default 7411).")
    var port: Int?

    @OptionGroup
    var storage: DataDirectoryOptions

    var dataDir: String? { self.storage.dataDir }

    @OptionGroup(title: "Record store")
    var store: StoreOptions

    @Option(name: .customLong("metrics-port"), help: "Serve Prometheus metrics at http://METRICS-HOST:PORT/metrics; 0 picks a free one (default: none).")
    var metricsPort: Int?

    @Option(name: .customLong("metrics-host"), help: "Address the metrics listen on (default 127.0.0.1).")
    var metricsHost: String?

    @Option(help: "A folder of standard-pack folders to serve beside the bundled assessments; SIGHUP (or `dudaod admin standards reload`) reads it again.")
    var standards: String?

    @Option(help: "A JSON file with any of the settings below, e.g. {\"port\": 7411, \"idle-timeout\": 60}.")
    var config: String?

    @Option(name: .customLong("max-frame-bytes"), help: "Largest frame payload accepted (default 4194304).")
    var maxFrameBytes: Int?

    @Option(name: .customLong("max-connections"), help: "Connections open at once (default 256).")
    var maxConnections: Int?

    @Option(name: .customLong("max-calls-per-connection"), help: "Calls in flight on one connection (default 64).")
    var maxCallsPerConnection: Int?

    @Option(name: .customLong("idle-timeout"), help: "Seconds before an idle connection is closed (default 60).")
    var idleTimeout: Double?

    @Option(name: .customLong("grace-period"), help: "Seconds in-flight calls may run after shutdown begins (default 10).")
    var gracePeriod: Double?

    @Option(name: .customLong("keepalive-interval"), help: "Seconds between the server's pings; a client that misses one is dropped (default: no pings).")
    var keepaliveInterval: Double?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (default info).")
    var logLevel: String?

    @OptionGroup(title: "Security")
    var security: SecurityOptions

    public func validate() throws {
        for (name, value) in [("--port", self.port), ("--metrics-port", self.metricsPort)] {
            if let value, !(0...65535).contains(value) { throw ValidationError("\(name) must be between 0 and 65535") }
        }
        if let store = self.store.store, !PostgresStoreSettings.isURL(store) {
            throw ValidationError("--store must be a postgres://USER@HOST:PORT/DATABASE URL; for SQLite use --data-dir")
        }
        for (name, value) in [("--max-frame-bytes", self.maxFrameBytes), ("--max-connections", self.maxConnections), ("--max-calls-per-connection", self.maxCallsPerConnection)] {
            if let value, value < 1 { throw ValidationError("\(name) must be at least 1") }
        }
        for (name, value) in [("--idle-timeout", self.idleTimeout), ("--grace-period", self.gracePeriod), ("--keepalive-interval", self.keepaliveInterval)] {
            if let value, !(value >= 0 && value.isFinite) { throw ValidationError("\(name) must be a number of seconds ≥ 0") }
        }
        if let logLevel, Logger.Level(rawValue: logLevel) == nil {
            throw ValidationError("--log-level must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    public func run() async throws {
        // A log line written after the reader of standard error went away (a closed terminal, a
        // pipe into `head`) must fail that write, not end the daemon silently with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        MemoryArenas.limitToCores(environment: ProcessInfo.processInfo.environment, cores: ProcessInfo.processInfo.activeProcessorCount)
        var settings = try self.config.map(DaemonSettings.load(from:)) ?? DaemonSettings()
        settings.merge(self.flags)
        let level = settings.logLevel.flatMap(Logger.Level.init(rawValue:)) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "dudaod")
        let registry = try Self.bundledRegistry()
        // Checked first: a listener that would be exposed refuses to start before anything opens.
        let serverSecurity = try self.makeSecurity(settings: settings, dataDirectory: URL(fileURLWithPath: settings.dataDir ?? "./data"), logger: logger)

        // Everything the daemon creates (the database, its log, tokens) is readable by its owner only.
        umask(0o077)
        let directory = settings.dataDir ?? "./data"
        let dataDirectory: DataDirectory
        let opened: OpenedStore
        do {
            // One daemon per data directory, and a SQLite store that is what it claims to be,
            // before serving.
            dataDirectory = try DataDirectory(path: directory)
            switch try StoreIntegrity.checkAtStart(directory: directory) {
            case .headerChecked(let bytes):
                logger.notice(
                    "the record store is too large for a quick check at start; run `dudaod admin store check` to check every page",
                    metadata: ["bytes": "\(bytes)"]
                )
            case .absent, .quickChecked:
                break
            }
            opened = try await OpenedStore.open(settings: settings, logger: logger)
        } catch let error as DudaoError {
            // A damaged or emptied store, a directory another daemon holds, a store from a newer
            // version, or one that can be neither written nor read: refuse to start rather than
            // serve evaluations that cannot be kept.
            FileHandle.standardError.write(Data("dudaod: cannot open the record store: \(error.message)\n".utf8))
            throw ExitCode([.failedPrecondition, .invalidArgument, .dataLoss].contains(error.code) ? 65 : 74)
        }
        defer { withExtendedLifetime(dataDirectory) {} }
        let store = opened.store
        let health = await store.health()
        if health.writable {
            logger.info("record store open", metadata: ["location": "\(health.location)", "schema": "\(health.schemaVersion)"])
        } else {
            logger.warning(
                "record store is read-only: evaluations are refused (UNAVAILABLE) until it can be written; reads are served",
                metadata: ["location": "\(health.location)", "reason": "\(health.message ?? "")"]
            )
        }

        let standards = StandardsLibrary(registry: registry, plugins: BundledAssessments.plugins, bundled: BundledPacks.sources, directory: settings.standards)
        await Self.archiveKeptStandards(store: store, registry: registry, logger: logger)
        await Self.reloadStandards(standards, store: store, logger: logger)

        let metrics = settings.metricsPort.map { port in Self.metricsEndpoint(host: settings.metricsHost ?? ServerConfiguration.defaultHost, port: port, logger: logger) }
        let server = makeServer(configuration: settings.serverConfiguration, registry: registry, store: store, security: serverSecurity, logger: logger)
        var services: [any Service] = [server]
        if let metrics { services.append(metrics) }
        let group = ServiceGroup(services: services, gracefulShutdownSignals: [.sigterm, .sigint], cancellationSignals: [], logger: logger)
        let configuredHost = settings.host ?? ServerConfiguration.defaultHost
        let hangup = Task { await Self.reloadOnHangup(serverSecurity, standards: standards, store: store, logger: logger) }
        defer { hangup.cancel() }
        let trim = Task { await MemoryTrim.run(store: store) }
        defer { trim.cancel() }
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            tasks.addTask {
                let address = try await server.listeningAddress
                let host = address.ipAddress ?? configuredHost
                // Written straight to the file descriptor, unbuffered, so a script reading the pipe
                // sees the line at once.
                FileHandle.standardOutput.write(Data("dudaod listening on \(host):\(address.port ?? 0)\n".utf8))
            }
            try await tasks.waitForAll()
        }
        if let sqlite = store as? SQLiteRecordStore {
            let groups = sqlite.groupCommitStatistics
            FileHandle.standardOutput.write(
                Data("dudaod stopped; the store committed \(groups.writes) writes in \(groups.groups) transactions (largest group \(groups.largestGroup))\n".utf8)
            )
        }
        await opened.close()
    }

    /// The registry of the bundled assessments; a broken or inconsistent one is a defect of the
    /// build, so the daemon says which and exits (EX_SOFTWARE) before it opens anything.
    static func bundledRegistry() throws -> AssessmentRegistry {
        do {
            return try BundledAssessments.registry()
        } catch let error as RegistryError {
            FileHandle.standardError.write(Data("dudaod: cannot serve the bundled assessments: \(error)\n".utf8))
            throw ExitCode(70)
        }
    }

    /// The settings given as flags, in the config file's shape.
    var flags: DaemonSettings {
        DaemonSettings(
            host: self.host,
            port: self.port,
            dataDir: self.dataDir,
            maxFrameBytes: self.maxFrameBytes,
            maxConnections: self.maxConnections,
            maxCallsPerConnection: self.maxCallsPerConnection,
            idleTimeout: self.idleTimeout,
            gracePeriod: self.gracePeriod,
            keepaliveInterval: self.keepaliveInterval,
            logLevel: self.logLevel,
            store: self.store.store,
            storePasswordFile: self.store.storePasswordFile,
            metricsHost: self.metricsHost,
            metricsPort: self.metricsPort,
            standards: self.standards
        )
    }
}
