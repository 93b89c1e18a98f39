import DudaoCore
import Foundation
import GRDB
import Testing

@testable import DudaoStore

struct StoreSchemaTests {
    @Test("a data directory written by schema v1 is migrated on open and keeps its JSON records readable")
    func migratesOlderSchema() async throws {
        try await Fixtures.withDataDirectory { directory in
            let path = directory + "/" + SQLiteRecordStore.fileName
            let record = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: 1_700_000_000_000)
            do {
                // What an older dudaod left behind: schema v1 only, one record, no audit table.
                let pool = try DatabasePool(path: path)
                try StoreSchema.migrator(upTo: 1).migrate(pool)
                try await pool.write { db in try Fixtures.insertAsJSON(record, into: db) }
                let (version, hasAudit) = try await pool.read { db in (try StoreSchema.recordedVersion(db), try db.tableExists("audit")) }
                #expect(version == 1)
                #expect(!hasAudit)
            }
            let store = try SQLiteRecordStore(directory: directory)
            #expect(try Fixtures.canonical(await store.record(id: record.id)) == Fixtures.canonical(record))
            try await store.appendAudit(AuditEntry(time: 1, caller: Fixtures.caller, method: "GetRecord", status: .ok, durationMilliseconds: 1, callID: "c"))
            #expect(try await store.audit(matching: AuditFilter()).entries.count == 1)
            let health = await store.health()
            #expect(health.schemaVersion == SQLiteRecordStore.schemaVersion)
            let queue = try DatabaseQueue(path: path)
            let recorded = try await queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM store_metadata WHERE key = 'schema_version'") }
            #expect(recorded == String(StoreSchema.latestVersion))
        }
    }

    @Test("a data directory written by a newer schema is refused with FAILED_PRECONDITION and left untouched")
    func refusesNewerSchema() async throws {
        try await Fixtures.withDataDirectory { directory in
            let path = directory + "/" + SQLiteRecordStore.fileName
            do {
                _ = try SQLiteRecordStore(directory: directory)
            }
            let newer = StoreSchema.latestVersion + 1
            let queue = try DatabaseQueue(path: path)
            try await queue.write { db in try db.execute(sql: "PRAGMA user_version = \(newer)") }
            let error = #expect(throws: DudaoError.self) { try SQLiteRecordStore(directory: directory) }
            #expect(error?.code == .failedPrecondition)
            #expect(error?.message.contains("data directory \(directory) was written by schema version \(newer); this dudaod knows up to \(StoreSchema.latestVersion)") == true)
            let readOnly = #expect(throws: DudaoError.self) { try SQLiteRecordStore(directory: directory, options: .init(readOnly: true)) }
            #expect(readOnly?.code == .failedPrecondition)
            let untouched = try await queue.read { db in try StoreSchema.recordedVersion(db) }
            #expect(untouched == newer)
        }
    }

    @Test("a migration unknown to this build is refused even when user_version was not raised")
    func refusesUnknownMigration() async throws {
        try await Fixtures.withDataDirectory { directory in
            let path = directory + "/" + SQLiteRecordStore.fileName
            do {
                let pool = try DatabasePool(path: path)
                var migrator = StoreSchema.migrator()
                migrator.registerMigration("v99-from-the-future") { db in try db.execute(sql: "CREATE TABLE future (x)") }
                try migrator.migrate(pool)
            }
            let error = #expect(throws: DudaoError.self) { try SQLiteRecordStore(directory: directory) }
            #expect(error?.code == .failedPrecondition)
        }
    }
}
