import DudaoCore
import DudaoPostgresStore
import DudaoTesting
import Foundation
import GRDB
import Testing

@testable import DudaoStore

/// Both stores keep every served version of a standard pack, once, and refuse to change one.
struct StandardVersionStoreTests {
    static let first = StandardVersion(assessment: "lab-quality", version: "1.0.0+sha256.0123456789abcdef", contentHash: "sha256:0123", source: #"[{"name":"Lab"}]"#, keptAt: 10)
    static let second = StandardVersion(assessment: "lab-quality", version: "1.1.0+sha256.fedcba9876543210", contentHash: "sha256:fedc", source: #"[{"name":"Lab2"}]"#, keptAt: 20)

    /// Keeps both versions, the first twice (a reload of an unchanged pack), and reads them back.
    static func keepAndRead(_ store: any RecordStore) async throws {
        try await store.keepStandard(Self.first)
        try await store.keepStandard(Self.second)
        var changed = Self.first
        changed.source = "tampered"
        try await store.keepStandard(changed)
        #expect(try await store.standardVersions() == [Self.first, Self.second])
    }

    @Test("SQLite keeps each standard version once, oldest first, and refuses to change one")
    func sqlite() async throws {
        try await Fixtures.withDataDirectory { directory in
            let store = try SQLiteRecordStore(directory: directory)
            try await Self.keepAndRead(store)
            let queue = try DatabaseQueue(path: directory + "/" + SQLiteRecordStore.fileName)
            let update = await #expect(throws: (any Error).self) {
                try await queue.write { db in try db.execute(sql: "UPDATE standard_versions SET source_json = 'x'") }
            }
            #expect("\(update.map { "\($0)" } ?? "")".contains("append-only"))
        }
    }

    @Test(
        "PostgreSQL keeps each standard version once, oldest first",
        .enabled(if: PostgresTestDatabase.isConfigured, Comment(rawValue: PostgresTestDatabase.skipMessage))
    )
    func postgres() async throws {
        try await PostgresTestDatabase.withDatabase { settings in
            let store = try await PostgresRecordStore.open(settings: settings)
            try await Self.keepAndRead(store)
            await store.close()
        }
    }
}
