import DudaoCore
import DudaoPostgresStore
import DudaoTesting
import Foundation
import Testing

/// What only the PostgreSQL store has: its URL, its migrations, a database that refuses writes or
/// is not there. What it shares with SQLite is in ``RecordStoreTests`` and the other suites.
struct PostgresRecordStoreTests {
    static let base: Int64 = 1_735_660_800_000

    @Test("the store URL names user, host, port and database; a password in it or an unknown parameter is refused")
    func settings() throws {
        let settings = try PostgresStoreSettings(url: "postgres://dudao@db.example:6543/records?sslmode=require", password: "s3cret")
        #expect(settings.host == "db.example")
        #expect(settings.port == 6543)
        #expect(settings.username == "dudao")
        #expect(settings.database == "records")
        #expect(settings.password == "s3cret")
        #expect(settings.tlsMode == .require)
        #expect(settings.location == "postgres://db.example:6543/records")
        #expect(try PostgresStoreSettings(url: "postgresql://u@h/d", password: nil).port == 5432)
        for (url, words) in [
            ("postgres://dudao:s3cret@db/records", "must not carry a password"),
            ("postgres://db/records", "names no user"),
            ("postgres://dudao@db/", "names no database"),
            ("postgres://dudao@db/records?sslmode=maybe", "sslmode must be one of"),
            ("postgres://dudao@db/records?pool=3", "unknown parameter pool"),
            ("mysql://dudao@db/records", "expected postgres://"),
        ] {
            let error = #expect(throws: DudaoError.self) { try PostgresStoreSettings(url: url, password: nil) }
            #expect(error?.code == .invalidArgument)
            #expect(error?.message.contains(words) == true, "\(url): \(error?.message ?? "")")
            #expect(error?.message.contains("s3cret") == false)
        }
    }

    @Test("the password comes from the first line of a file, else from DUDAO_STORE_PASSWORD")
    func password() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-password-\(UUID().uuidString)").path
        try "from-file\nignored\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(try PostgresStoreSettings.password(file: file, environment: ["DUDAO_STORE_PASSWORD": "from-env"]) == "from-file")
        #expect(try PostgresStoreSettings.password(file: nil, environment: ["DUDAO_STORE_PASSWORD": "from-env"]) == "from-env")
        #expect(try PostgresStoreSettings.password(file: nil, environment: [:]) == nil)
        let error = #expect(throws: DudaoError.self) { try PostgresStoreSettings.password(file: file + ".absent") }
        #expect(error?.message.contains("--store-password-file") == true)
    }

    @Test("a database nobody listens on is UNAVAILABLE at open, naming it, within the timeout")
    func unreachable() async throws {
        var settings = try PostgresStoreSettings(url: "postgres://dudao@127.0.0.1:1/records", password: nil)
        settings.timeout = .seconds(2)
        let started = ContinuousClock.now
        let error = await #expect(throws: DudaoError.self) { _ = try await PostgresRecordStore.open(settings: settings) }
        #expect(error?.code == .unavailable)
        #expect(error?.message.contains("127.0.0.1:1/records") == true, "\(error?.message ?? "")")
        // The store's deadline gave the answer, not the pool giving up after its own retries (15 s).
        #expect(error?.message.contains("did not answer within 2") == true, "\(error?.message ?? "")")
        // Only a bound against hanging: a loaded machine delays the answer by seconds.
        #expect(ContinuousClock.now - started < .seconds(30))
    }

    @Test(
        "a database not yet migrated is refused until `admin store migrate`; migrating twice applies nothing",
        .enabled(if: PostgresTestDatabase.isConfigured, Comment(rawValue: PostgresTestDatabase.skipMessage))
    )
    func migrations() async throws {
        try await PostgresTestDatabase.withDatabase(migrated: false) { settings in
            let refused = await #expect(throws: DudaoError.self) { _ = try await PostgresRecordStore.open(settings: settings) }
            #expect(refused?.code == .failedPrecondition)
            #expect(refused?.message.contains("dudaod admin store migrate") == true)
            #expect(try await PostgresRecordStore.migrate(settings: settings) == [1, 5])
            #expect(try await PostgresRecordStore.migrate(settings: settings) == [])
            let store = try await PostgresRecordStore.open(settings: settings)
            let health = await store.health()
            #expect(health == StoreHealth(readable: true, writable: true, schemaVersion: PostgresRecordStore.schemaVersion, location: settings.location))
            await store.close()
        }
    }

    @Test(
        "migrations started at once by several processes apply each step once",
        .enabled(if: PostgresTestDatabase.isConfigured, Comment(rawValue: PostgresTestDatabase.skipMessage))
    )
    func concurrentMigrations() async throws {
        try await PostgresTestDatabase.withDatabase(migrated: false) { settings in
            let applied = try await withThrowingTaskGroup(of: [Int].self) { group in
                for _ in 0..<4 { group.addTask { try await PostgresRecordStore.migrate(settings: settings) } }
                return try await group.reduce(into: [Int]()) { $0 += $1 }
            }
            #expect(applied == [1, 5])
        }
    }

    @Test(
        "a database written by a newer schema is refused by open and by migrate, and left untouched",
        .enabled(if: PostgresTestDatabase.isConfigured, Comment(rawValue: PostgresTestDatabase.skipMessage))
    )
    func newerSchema() async throws {
        try await PostgresTestDatabase.withDatabase { settings in
            try await PostgresTestDatabase.execute("INSERT INTO dudao_schema (version, applied_at) VALUES (99, 0)", on: settings)
            let opened = await #expect(throws: DudaoError.self) { _ = try await PostgresRecordStore.open(settings: settings) }
            #expect(opened?.code == .failedPrecondition)
            #expect(opened?.message.contains("schema version 99") == true)
            let migrated = await #expect(throws: DudaoError.self) { _ = try await PostgresRecordStore.migrate(settings: settings) }
            #expect(migrated?.code == .failedPrecondition)
        }
    }

    @Test(
        "a database that refuses writes reports not writable, fails appends with UNAVAILABLE, and keeps serving reads",
        .enabled(if: PostgresTestDatabase.isConfigured, Comment(rawValue: PostgresTestDatabase.skipMessage))
    )
    func readOnlyDatabase() async throws {
        try await PostgresTestDatabase.withDatabase { settings in
            let kept = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: Self.base)
            let writer = try await PostgresRecordStore.open(settings: settings)
            try await writer.append(kept)
            await writer.close()
            try await PostgresTestDatabase.execute("ALTER DATABASE \(settings.database) SET default_transaction_read_only = on", on: settings)
            let store = try await PostgresRecordStore.open(settings: settings)
            let health = await store.health()
            #expect(health.readable && !health.writable)
            #expect(health.message?.contains("cannot be written") == true)
            let refused = await #expect(throws: DudaoError.self) {
                try await store.append(try Fixtures.record(Fixtures.input(code: "330102", name: "上城区"), createdAt: Self.base + 1))
            }
            #expect(refused?.code == .unavailable)
            #expect(refused?.message.contains("read-only") == true, "\(refused?.message ?? "")")
            #expect(try await store.record(id: kept.id).id == kept.id)
            await store.close()
        }
    }

    @Test(
        "with sslmode=require every connection to the database is encrypted",
        .enabled(if: PostgresTestDatabase.acceptsTLS, "the cluster accepts no TLS (DUDAO_TEST_POSTGRES_TLS is not 1); Tools/scripts/with-postgres.sh turns it on")
    )
    func tls() async throws {
        try await PostgresTestDatabase.withDatabase { plain in
            var settings = plain
            settings.tlsMode = .require
            let store = try await PostgresRecordStore.open(settings: settings)
            let record = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: Self.base)
            try await store.append(record)
            // The store's pooled connection is still open: the server says whether it is TLS.
            let count = """
                SELECT count(*) FROM pg_stat_ssl JOIN pg_stat_activity USING (pid)
                WHERE datname = '\(settings.database)' AND pid <> pg_backend_pid() AND ssl
                """
            #expect(try await PostgresTestDatabase.integer(count, on: plain) ?? 0 >= 1)
            let unencrypted = count.replacingOccurrences(of: "AND ssl", with: "AND NOT ssl")
            #expect(try await PostgresTestDatabase.integer(unencrypted, on: plain) == 0)
            #expect(try await store.record(id: record.id).id == record.id)
            await store.close()
        }
    }
}
