import DudaoCore
import DudaoPostgresStore
import DudaoStore
import DudaoTesting
import Foundation
import GRDB
import Testing

/// The record stores every behaviour test runs on: SQLite always, PostgreSQL when a cluster is
/// configured (`Tools/scripts/test.sh` starts one; without it, ``postgresSkipped`` says so).
enum StoreBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    /// The back ends available in this run.
    static var available: [StoreBackend] {
        PostgresTestDatabase.isConfigured ? Self.allCases : [.sqlite]
    }

    var testDescription: String { self.rawValue }

    /// Runs `body` with a fresh, empty store of this kind, and disposes of it afterwards.
    func withStore<T>(_ body: (TestStore) async throws -> T) async throws -> T {
        switch self {
        case .sqlite:
            return try await Fixtures.withDataDirectory { directory in
                let store = try SQLiteRecordStore(directory: directory)
                return try await body(
                    TestStore(
                        store: store,
                        reopen: { try SQLiteRecordStore(directory: directory) },
                        execute: { sql in
                            let queue = try DatabaseQueue(path: directory + "/" + SQLiteRecordStore.fileName)
                            try await queue.write { db in try db.execute(sql: sql) }
                        }
                    )
                )
            }
        case .postgres:
            return try await PostgresTestDatabase.withDatabase { settings in
                let store = try await PostgresRecordStore.open(settings: settings)
                var opened: [PostgresRecordStore] = [store]
                let testStore = TestStore(
                    store: store,
                    reopen: {
                        let another = try await PostgresRecordStore.open(settings: settings)
                        opened.append(another)
                        return another
                    },
                    execute: { sql in try await PostgresTestDatabase.execute(sql, on: settings) }
                )
                // On a failure the stores are left to their deinit; the database is dropped anyway.
                let value = try await body(testStore)
                for store in opened { await store.close() }
                return value
            }
        }
    }
}

/// A store under test with what a test needs beside it.
struct TestStore {
    let store: any RecordStore
    /// A second store object on the same data: what another process (or daemon) sees.
    let reopen: () async throws -> any RecordStore
    /// Runs raw SQL on the database, past the store, as someone with the file or a login would.
    let execute: (String) async throws -> Void
}

/// Says loudly, once per run, that the PostgreSQL cases did not run, and fails where they must
/// (`DUDAO_REQUIRE_POSTGRES=1`, as `Tools/scripts/test.sh` sets).
@Suite struct PostgresAvailability {
    @Test("the PostgreSQL cases run, or the run says loudly that they did not")
    func postgresConfigured() {
        guard !PostgresTestDatabase.isConfigured else { return }
        if ProcessInfo.processInfo.environment["DUDAO_REQUIRE_POSTGRES"] == "1" {
            Issue.record("DUDAO_REQUIRE_POSTGRES=1 but \(PostgresTestDatabase.skipMessage)")
        } else {
            FileHandle.standardError.write(Data("WARNING: \(PostgresTestDatabase.skipMessage)\n".utf8))
        }
    }
}
