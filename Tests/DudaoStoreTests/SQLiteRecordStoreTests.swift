import DudaoCore
import Foundation
import GRDB
import Testing

@testable import DudaoStore

struct SQLiteRecordStoreTests {
    static let base: Int64 = 1_735_660_800_000  // 2025-01-01 00:00 +08:00

    @Test("keeps the result compressed, the input once per digest, and runs WAL with synchronous=FULL and temporary journals in memory")
    func storageFormat() async throws {
        try await Fixtures.withDataDirectory { directory in
            let input = Fixtures.input(code: "330106", name: "西湖区")
            let first = try Fixtures.record(input, createdAt: Self.base)
            let again = try Fixtures.record(input, createdAt: Self.base + 1)
            let store = try SQLiteRecordStore(directory: directory)
            try await store.append(first)
            try await store.append(again)
            let queue = try DatabaseQueue(path: directory + "/records.sqlite")
            let (rows, inputs, json, journal) = try queue.read { db in
                (
                    try Row.fetchAll(db, sql: "SELECT typeof(result_body) AS type, length(result_body) AS size, verdict FROM records"),
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM inputs WHERE digest = ?", arguments: [first.inputDigest]),
                    try String.fetchOne(db, sql: "SELECT group_concat(input_json || result_json, '') FROM records"),
                    try String.fetchOne(db, sql: "PRAGMA journal_mode")
                )
            }
            #expect(rows.map { $0["type"] as String } == ["blob", "blob"])
            #expect(rows.map { $0["verdict"] as String } == ["pass", "pass"])
            #expect(inputs == 1, "the same input is kept once")
            #expect(json == "", "no JSON copy beside the compact form")
            #expect(journal == "wal")
            #expect(try Fixtures.canonical(await store.record(id: again.id)) == Fixtures.canonical(again))
            #expect(try await store.writerPragma("synchronous") == 2)  // FULL
            #expect(try await store.writerPragma("temp_store") == 2)  // MEMORY
        }
    }

    @Test("concurrent appends share transactions, and a bad record fails alone")
    func groupCommit() async throws {
        try await Fixtures.withDataDirectory { directory in
            let store = try SQLiteRecordStore(directory: directory)
            let taken = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: Self.base)
            try await store.append(taken)
            let records = try (1...64).map { index in
                try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区", teachers: 4 + Double(index) / 100), createdAt: Self.base + Int64(index))
            }
            let outcomes = await withTaskGroup(of: DudaoError.Code?.self) { group in
                for record in records + [taken] {
                    group.addTask {
                        do {
                            try await store.append(record)
                            return nil
                        } catch let error as DudaoError {
                            return error.code
                        } catch {
                            return .internal
                        }
                    }
                }
                return await group.reduce(into: [DudaoError.Code?]()) { $0.append($1) }
            }
            #expect(outcomes.compactMap { $0 } == [.alreadyExists], "only the reused id fails")
            let stored = try await store.allRecords(matching: RecordFilter())
            #expect(stored.count == 65)
            let statistics = store.groupCommitStatistics
            #expect(statistics.writes == 66)
            #expect(statistics.groups < statistics.writes, "concurrent writes were grouped: \(statistics)")
        }
    }
}

extension SQLiteRecordStore {
    /// A pragma of the writer connection, as a number.
    fileprivate func writerPragma(_ name: String) async throws -> Int {
        try await self.withWriterForTesting { db in try Int.fetchOne(db, sql: "PRAGMA \(name)") ?? -1 }
    }
}
