import DudaoCore
import Foundation
import GRDB
import Testing

@testable import DudaoStore

struct SQLiteRecordStoreTests {
    static let base: Int64 = 1_735_660_800_000  // 2025-01-01 00:00 +08:00

    @Test("stores a record and reads back every field from the file on disk")
    func roundTrip() async throws {
        try await Fixtures.withDataDirectory { directory in
            let first = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区", teachers: 4.0, classSize: 47), createdAt: Self.base)
            let second = try Fixtures.record(
                Fixtures.input(code: "330106", name: "西湖区", period: "2024-2025", teachers: 4.7, classSize: 36),
                createdAt: Self.base + 1, previous: first.id
            )
            do {
                let store = try SQLiteRecordStore(directory: directory)
                try await store.append(first)
                try await store.append(second)
            }
            // A new store object reads what the first one wrote to the file.
            let reopened = try SQLiteRecordStore(directory: directory)
            let read = try await reopened.record(id: second.id)
            #expect(try Fixtures.canonical(read) == Fixtures.canonical(second))
            #expect(read.id == second.id)
            #expect(read.assessment == StaffingAssessment.id)
            #expect(read.edition == "2024")
            #expect(read.subject == Subject(kind: .county, code: "330106", name: "西湖区"))
            #expect(read.period == .schoolYear(2024))
            #expect(try Fixtures.canonical(read.input) == Fixtures.canonical(second.input))
            #expect(read.input.facts["teachers_per_100"]?.provenance?.source == "教育事业统计 基础基312")
            #expect(read.inputDigest == second.result.inputDigest)
            #expect(try Fixtures.canonical(read.result) == Fixtures.canonical(second.result))
            #expect(read.caller == Fixtures.caller)
            #expect(read.createdAt == Self.base + 1)
            #expect(read.daemonVersion == "0.1.0-test")
            #expect(read.previousRecordID == first.id)
            #expect(try await reopened.record(id: first.id).verdict == .fail)
            #expect(FileManager.default.fileExists(atPath: directory + "/records.sqlite"))
        }
    }

    @Test("keeps the result compressed, the input once per digest, and runs WAL with synchronous=FULL")
    func storageFormat() async throws {
        try await Fixtures.withDataDirectory { directory in
            let input = Fixtures.input(code: "330106", name: "西湖区")
            let first = try Fixtures.record(input, createdAt: Self.base)
            let again = try Fixtures.record(input, createdAt: Self.base + 1)
            let store = try SQLiteRecordStore(directory: directory)
            try await store.append(first)
            try await store.append(again)
            let queue = try DatabaseQueue(path: directory + "/records.sqlite")
            let (rows, inputs, json, journal) = try await queue.read { db in
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
            let synchronous = try await store.synchronousSetting()
            #expect(synchronous == 2)  // FULL
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

    @Test("a missing id is NOT_FOUND; a reused id is ALREADY_EXISTS; an unknown previous record is refused")
    func appendErrors() async throws {
        try await Fixtures.withDataDirectory { directory in
            let store = try SQLiteRecordStore(directory: directory)
            let record = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: Self.base)
            try await store.append(record)
            let missing = await #expect(throws: DudaoError.self) { try await store.record(id: "ev_nothing") }
            #expect(missing?.code == .notFound)
            let duplicate = await #expect(throws: DudaoError.self) { try await store.append(record) }
            #expect(duplicate?.code == .alreadyExists)
            let orphan = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: Self.base + 1, previous: "ev_never_stored")
            let refused = await #expect(throws: DudaoError.self) { try await store.append(orphan) }
            #expect(refused?.code == .failedPrecondition)
        }
    }

    @Test("a batch is committed whole or not at all")
    func batchIsAtomic() async throws {
        try await Fixtures.withDataDirectory { directory in
            let store = try SQLiteRecordStore(directory: directory)
            let acknowledged = try Fixtures.record(Fixtures.input(code: "330102", name: "上城区"), createdAt: Self.base)
            try await store.append(acknowledged)
            let fresh = try Fixtures.record(Fixtures.input(code: "330105", name: "拱墅区"), createdAt: Self.base + 1)
            // The second element reuses an id, so the batch fails half-way through.
            let failed = await #expect(throws: DudaoError.self) { try await store.append(contentsOf: [fresh, acknowledged]) }
            #expect(failed?.code == .alreadyExists)
            let page = try await store.records(matching: RecordFilter())
            #expect(page.records.map(\.id) == [acknowledged.id])
            try await store.append(contentsOf: [fresh])
            #expect(try await store.records(matching: RecordFilter()).records.count == 2)
        }
    }

    @Test("records cannot be changed or deleted, even with raw SQL on the file")
    func appendOnly() async throws {
        try await Fixtures.withDataDirectory { directory in
            let store = try SQLiteRecordStore(directory: directory)
            let record = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: Self.base)
            try await store.append(record)
            try await store.appendAudit(AuditEntry(time: Self.base, caller: Fixtures.caller, method: "Evaluate", status: .ok, durationMilliseconds: 3, callID: "c1"))
            let queue = try DatabaseQueue(path: directory + "/records.sqlite")
            for sql in [
                "UPDATE records SET verdict = 'pass'", "DELETE FROM records",
                "UPDATE audit SET status_code = 0", "DELETE FROM audit",
            ] {
                let error = #expect(throws: DatabaseError.self) { try queue.write { db in try db.execute(sql: sql) } }
                #expect(error?.message?.contains("append-only") == true, "\(sql)")
            }
            #expect(try Fixtures.canonical(await store.record(id: record.id)) == Fixtures.canonical(record))
        }
    }
}

extension SQLiteRecordStore {
    /// The `synchronous` pragma of the writer connection (2 is FULL).
    fileprivate func synchronousSetting() async throws -> Int {
        try await self.withWriterForTesting { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }
}
