import DudaoCore
import Foundation
import GRDB
import Testing

@testable import DudaoStore

struct SQLiteRecordStoreTests {
    static let base: Int64 = 1_735_660_800_000  // 2025-01-01 00:00 +08:00

    @Test("keeps the input and result as readable canonical JSON text, and runs WAL with synchronous=FULL")
    func storageFormat() async throws {
        try await Fixtures.withDataDirectory { directory in
            let record = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: Self.base)
            let store = try SQLiteRecordStore(directory: directory)
            try await store.append(record)
            let queue = try DatabaseQueue(path: directory + "/records.sqlite")
            let stored = try await queue.read { db -> [String?] in
                let row = try Row.fetchOne(db, sql: "SELECT typeof(result_json) AS type, result_json, input_json, verdict FROM records")
                return [row?["type"], row?["result_json"], row?["input_json"], row?["verdict"], try String.fetchOne(db, sql: "PRAGMA journal_mode")]
            }
            #expect(stored[0] == "text")
            #expect(stored[1] == String(decoding: try CanonicalJSON.encode(record.result), as: UTF8.self))
            #expect(stored[2] == String(decoding: try CanonicalJSON.encode(record.input), as: UTF8.self))
            #expect(stored[3] == "pass")
            #expect(stored[4] == "wal")
            let synchronous = try await store.synchronousSetting()
            #expect(synchronous == 2)  // FULL
        }
    }
}

extension SQLiteRecordStore {
    /// The `synchronous` pragma of the writer connection (2 is FULL).
    fileprivate func synchronousSetting() async throws -> Int {
        try await self.withWriterForTesting { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }
}
