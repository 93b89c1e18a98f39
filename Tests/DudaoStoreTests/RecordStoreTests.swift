import DudaoCore
import Foundation
import Testing

/// What every ``RecordStore`` must do alike, run on each back end.
struct RecordStoreTests {
    static let base: Int64 = 1_735_660_800_000  // 2025-01-01 00:00 +08:00

    @Test("stores a record and another store object on the same data reads back every field", arguments: StoreBackend.available)
    func roundTrip(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let first = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区", teachers: 4.0, classSize: 47), createdAt: Self.base)
            let second = try Fixtures.record(
                Fixtures.input(code: "330106", name: "西湖区", period: "2024-2025", teachers: 4.7, classSize: 36),
                createdAt: Self.base + 1, previous: first.id
            )
            try await testStore.store.append(first)
            try await testStore.store.append(second)
            // A new store object reads what the first one wrote (another process, another daemon).
            let reopened = try await testStore.reopen()
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
        }
    }

    @Test("a missing id is NOT_FOUND; a reused id is ALREADY_EXISTS; an unknown previous record is refused", arguments: StoreBackend.available)
    func appendErrors(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
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

    @Test("a batch is committed whole or not at all", arguments: StoreBackend.available)
    func batchIsAtomic(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
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

    @Test("records, audit entries and idempotency keys cannot be changed or deleted, even with raw SQL past the store", arguments: StoreBackend.available)
    func appendOnly(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            let record = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: Self.base)
            try await store.append(record)
            try await store.appendAudit(AuditEntry(time: Self.base, caller: Fixtures.caller, method: "Evaluate", status: .ok, durationMilliseconds: 3, callID: "c1"))
            let keyed = try Fixtures.record(Fixtures.input(code: "330102", name: "上城区"), createdAt: Self.base + 1)
            _ = try await store.append(keyed, idempotencyKey: IdempotencyKey("k-1", caller: Fixtures.caller))
            var statements = [
                "UPDATE records SET verdict = 'pass'", "DELETE FROM records",
                "UPDATE audit SET status_code = 0", "DELETE FROM audit",
                "UPDATE idempotency_keys SET record_id = 'x'", "DELETE FROM idempotency_keys",
            ]
            if backend == .postgres { statements += ["TRUNCATE records CASCADE", "TRUNCATE audit", "TRUNCATE idempotency_keys"] }
            for sql in statements {
                let error = await #expect(throws: (any Error).self) { try await testStore.execute(sql) }
                #expect(String(reflecting: error as Any).contains("append-only"), "\(sql)")
            }
            #expect(try Fixtures.canonical(await store.record(id: record.id)) == Fixtures.canonical(record))
        }
    }

    @Test("a repeated append under one idempotency key returns the first record and stores nothing new", arguments: StoreBackend.available)
    func idempotentRetry(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            let key = try IdempotencyKey("batch-7/330106", caller: Fixtures.caller)
            let input = Fixtures.input(code: "330106", name: "西湖区")
            let first = try Fixtures.record(input, createdAt: Self.base)
            let retry = try Fixtures.record(input, createdAt: Self.base + 5)
            #expect(first.id != retry.id)
            #expect(try await store.append(first, idempotencyKey: key).id == first.id)
            let answered = try await store.append(retry, idempotencyKey: key)
            #expect(answered.id == first.id)
            #expect(try Fixtures.canonical(answered) == Fixtures.canonical(first))
            // Another store object (another daemon) answers the same.
            let other = try await testStore.reopen()
            #expect(try await other.append(retry, idempotencyKey: key).id == first.id)
            #expect(try await store.records(matching: RecordFilter()).records.map(\.id) == [first.id])
            // The same key from another caller is another key.
            let stranger = CallerIdentity(clientName: "other", authenticatedIdentity: "someone@zj.example")
            let theirs = EvaluationRecord(result: retry.result, input: input, caller: stranger, daemonVersion: "0.1.0-test", createdAt: Self.base + 9)
            #expect(try await store.append(theirs, idempotencyKey: IdempotencyKey("batch-7/330106", caller: stranger)).id == theirs.id)
            #expect(try await store.records(matching: RecordFilter()).records.count == 2)
        }
    }

    @Test("the same idempotency key with another input is FAILED_PRECONDITION and stores nothing", arguments: StoreBackend.available)
    func idempotencyConflict(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            let key = try IdempotencyKey("k-conflict", caller: Fixtures.caller)
            let first = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区", classSize: 38), createdAt: Self.base)
            let changed = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区", classSize: 47), createdAt: Self.base + 1)
            #expect(first.inputDigest != changed.inputDigest)
            _ = try await store.append(first, idempotencyKey: key)
            let error = await #expect(throws: DudaoError.self) { try await store.append(changed, idempotencyKey: key) }
            #expect(error?.code == .failedPrecondition)
            #expect(error?.message.contains(first.id) == true)
            #expect(try await store.records(matching: RecordFilter()).records.map(\.id) == [first.id])
        }
    }

    @Test("many tasks racing with one idempotency key (on two store objects) store exactly one record", arguments: StoreBackend.available)
    func idempotencyRace(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let stores = [testStore.store, try await testStore.reopen()]
            let key = try IdempotencyKey("k-race", caller: Fixtures.caller)
            let input = Fixtures.input(code: "330110", name: "余杭区")
            let attempts = try (0..<8).map { try Fixtures.record(input, createdAt: Self.base + Int64($0)) }
            let answers = try await withThrowingTaskGroup(of: String.self) { group in
                for (index, record) in attempts.enumerated() {
                    let store = stores[index % 2]
                    group.addTask { try await store.append(record, idempotencyKey: key).id }
                }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(answers.count == 1)
            let stored = try await testStore.store.records(matching: RecordFilter()).records
            #expect(stored.map(\.id) == Array(answers))
        }
    }
}
