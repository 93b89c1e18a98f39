public import DudaoPostgresStore
import Foundation
import Logging
import PostgresNIO

/// A fresh PostgreSQL database per test, on the cluster `Tools/scripts/with-postgres.sh` starts.
///
/// The cluster is named by `DUDAO_TEST_POSTGRES_URL` (`postgres://USER@HOST:PORT/postgres`, a
/// user that may create databases) with the password in `DUDAO_STORE_PASSWORD`. Each database
/// is created empty, migrated, handed to the test and dropped afterwards, so tests run in
/// parallel without seeing each other's records.
public enum PostgresTestDatabase {
    /// The environment variable naming the cluster.
    public static let urlVariable = "DUDAO_TEST_POSTGRES_URL"

    /// The cluster's URL, or `nil` when the tests run without one.
    public static var clusterURL: String? {
        ProcessInfo.processInfo.environment[Self.urlVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether PostgreSQL cases can run here.
    public static var isConfigured: Bool { Self.clusterURL != nil }

    /// Said by every PostgreSQL case skipped for want of a cluster.
    public static let skipMessage =
        "DUDAO_TEST_POSTGRES_URL is not set: the PostgreSQL cases are SKIPPED. Run Tools/scripts/test.sh, or Tools/scripts/with-postgres.sh swift test"

    /// Creates an empty database, runs `body` with its settings (migrated unless `migrated` is
    /// false), and drops it.
    public static func withDatabase<T>(migrated: Bool = true, _ body: (PostgresStoreSettings) async throws -> T) async throws -> T {
        guard let url = Self.clusterURL else { throw PostgresTestDatabaseMissing() }
        // Creating and migrating a database is work for the server: two at a time, so the
        // cluster does not take the cores from the timing tests running beside these.
        await Self.slots.acquire()
        defer { Task { await Self.slots.release() } }
        let cluster = try PostgresStoreSettings(url: url, password: try PostgresStoreSettings.password(file: nil))
        let name = "dudao_test_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        try await Self.execute("CREATE DATABASE \(name)", on: cluster)
        var settings = cluster
        settings.database = name
        // A test's own deadline, not the daemon's 10 s: the suite's tests share two cores with
        // the server, and a test of a timeout sets its own.
        settings.timeout = .seconds(30)
        do {
            if migrated { _ = try await PostgresRecordStore.migrate(settings: settings) }
            let value = try await body(settings)
            try await Self.execute("DROP DATABASE \(name) WITH (FORCE)", on: cluster)
            return value
        } catch {
            try? await Self.execute("DROP DATABASE \(name) WITH (FORCE)", on: cluster)
            throw error
        }
    }

    /// Whether the cluster accepts TLS connections (`sslmode=require`).
    public static var acceptsTLS: Bool {
        ProcessInfo.processInfo.environment["DUDAO_TEST_POSTGRES_TLS"] == "1"
    }

    /// The first column of the first row of `sql`, as an integer.
    public static func integer(_ sql: String, on settings: PostgresStoreSettings) async throws -> Int? {
        try await self.withConnection(on: settings) { connection, logger in
            let rows = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).collect()
            return try rows.first.map { Int(try $0.decode(Int64.self)) }
        }
    }

    /// Runs one statement on a connection of its own, outside any store: tests use it to try
    /// what Dudao itself never does (UPDATE a record) or to break what it relies on.
    public static func execute(_ sql: String, on settings: PostgresStoreSettings) async throws {
        try await self.withConnection(on: settings) { connection, logger in
            _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).collect()
        }
    }

    private static func withConnection<T>(
        on settings: PostgresStoreSettings, _ body: (PostgresConnection, Logger) async throws -> T
    ) async throws -> T {
        let configuration = PostgresConnection.Configuration(
            host: settings.host, port: settings.port, username: settings.username, password: settings.password,
            database: settings.database, tls: .disable
        )
        let logger = Logger(label: "dudao.test.postgres")
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            let value = try await body(connection, logger)
            try await connection.close()
            return value
        } catch {
            try? await connection.close()
            throw error
        }
    }
}

extension PostgresTestDatabase {
    static let slots = Slots(count: 2)

    /// A counting semaphore for tasks.
    actor Slots {
        private var free: Int
        private var waiting: [CheckedContinuation<Void, Never>] = []

        init(count: Int) {
            self.free = count
        }

        func acquire() async {
            if self.free > 0 {
                self.free -= 1
                return
            }
            await withCheckedContinuation { self.waiting.append($0) }
        }

        func release() {
            if self.waiting.isEmpty {
                self.free += 1
            } else {
                self.waiting.removeFirst().resume()
            }
        }
    }
}

/// Thrown when a PostgreSQL case runs without `DUDAO_TEST_POSTGRES_URL`.
public struct PostgresTestDatabaseMissing: Error, CustomStringConvertible {
    public var description: String { PostgresTestDatabase.skipMessage }
}
