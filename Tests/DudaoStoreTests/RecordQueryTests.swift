import DudaoCore
import DudaoStore
import Foundation
import Testing

struct RecordQueryTests {
    static let base: Int64 = 1_735_660_800_000

    /// Hangzhou (3301…) and Ningbo (3302…) counties over two years, passing and failing.
    static func seed(_ store: any RecordStore) async throws -> [EvaluationRecord] {
        let subjects = [("330102", "上城区"), ("330106", "西湖区"), ("330110", "余杭区"), ("330203", "海曙区"), ("330212", "鄞州区")]
        var records: [EvaluationRecord] = []
        var time = Self.base
        for period in ["2022-2023", "2023-2024"] {
            for (index, (code, name)) in subjects.enumerated() {
                let failing = index % 2 == 1
                let input = Fixtures.input(code: code, name: name, period: period, classSize: failing ? 48 : 38)
                records.append(try Fixtures.record(input, createdAt: time))
                time += 60_000
            }
        }
        try await store.append(contentsOf: records)
        return records
    }

    @Test(
        "filters by region prefix, matching the prefix literally (no LIKE wildcards)",
        arguments: StoreBackend.available, [("3301", ["330102", "330106", "330110"]), ("3302", ["330203", "330212"]), ("33", ["330102", "330106", "330110", "330203", "330212"]), ("330106", ["330106"]), ("3303", []), ("33%", []), ("3_01", [])]
    )
    func regionPrefix(backend: StoreBackend, expected: (prefix: String, codes: [String])) async throws {
        let (prefix, codes) = expected
        try await backend.withStore { testStore in
            let store = testStore.store
            _ = try await Self.seed(store)
            let page = try await store.records(matching: RecordFilter(regionPrefix: prefix))
            #expect(Set(page.records.map(\.subject.code)) == Set(codes))
            #expect(page.records.count == codes.count * 2)
        }
    }

    @Test("filters by assessment, period, verdict and time range, combined", arguments: StoreBackend.available)
    func otherFilters(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            let records = try await Self.seed(store)
            #expect(try await store.records(matching: RecordFilter(assessment: StaffingAssessment.id)).records.count == 10)
            #expect(try await store.records(matching: RecordFilter(assessment: "other")).records.isEmpty)
            let period = try await store.records(matching: RecordFilter(period: .schoolYear(2023)))
            #expect(period.records.count == 5)
            #expect(period.records.allSatisfy { $0.period == .schoolYear(2023) })
            let failed = try await store.records(matching: RecordFilter(verdict: .fail))
            #expect(Set(failed.records.map(\.subject.code)) == ["330106", "330203"])
            #expect(failed.records.allSatisfy { $0.verdict == .fail })
            // [records[2].createdAt, records[5].createdAt): the 3rd, 4th and 5th record.
            let window = try await store.records(matching: RecordFilter(createdFrom: records[2].createdAt, createdBefore: records[5].createdAt))
            #expect(window.records.map(\.id) == [records[4].id, records[3].id, records[2].id])
            let combined = try await store.records(matching: RecordFilter(regionPrefix: "3301", period: .schoolYear(2022), verdict: .pass))
            #expect(combined.records.map(\.subject.code) == ["330110", "330102"])
        }
    }

    @Test("pages through 25 records by 10, newest first, with no record lost or repeated", arguments: StoreBackend.available)
    func paging(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            var stored: [EvaluationRecord] = []
            for index in 0..<25 {
                // Pairs share a millisecond, so the id must break ties.
                let record = try Fixtures.record(Fixtures.input(code: "3301\(10 + index)", name: "县\(index)"), createdAt: Self.base + Int64(index / 2))
                stored.append(record)
            }
            try await store.append(contentsOf: stored.shuffled())
            var seen: [EvaluationRecord] = []
            var sizes: [Int] = []
            var token: String?
            repeat {
                let page = try await store.records(matching: RecordFilter(pageSize: 10, pageToken: token))
                sizes.append(page.records.count)
                seen += page.records
                token = page.nextPageToken
            } while token != nil
            #expect(sizes == [10, 10, 5])
            let expected = stored.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
            #expect(seen.map(\.id) == expected.map(\.id))
        }
    }

    @Test("a record appended between two pages neither shifts nor repeats the later page", arguments: StoreBackend.available)
    func pagingIsStable(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            let stored = try (0..<6).map { try Fixtures.record(Fixtures.input(code: "3301\(10 + $0)", name: "县\($0)"), createdAt: Self.base + Int64($0)) }
            try await store.append(contentsOf: stored)
            let first = try await store.records(matching: RecordFilter(pageSize: 3))
            try await store.append(try Fixtures.record(Fixtures.input(code: "330199", name: "新县"), createdAt: Self.base + 100))
            let second = try await store.records(matching: RecordFilter(pageSize: 3, pageToken: first.nextPageToken))
            #expect((first.records + second.records).map(\.id) == stored.reversed().map(\.id))
        }
    }

    @Test("concurrent appends from many tasks are all committed", arguments: StoreBackend.available)
    func concurrentAppends(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            let records = try (0..<40).map { try Fixtures.record(Fixtures.input(code: "3301\(10 + $0)", name: "县\($0)"), createdAt: Self.base + Int64($0 % 7)) }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for record in records {
                    group.addTask { try await store.append(record) }
                }
                try await group.waitForAll()
            }
            let listed = try await store.allRecords(matching: RecordFilter())
            #expect(Set(listed.map(\.id)) == Set(records.map(\.id)))
            #expect(listed.count == 40)
        }
    }

    @Test("exports a filtered list as a 公示 CSV table, reading every page", arguments: StoreBackend.available)
    func export(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            _ = try await Self.seed(store)
            let hangzhou = try await store.allRecords(matching: RecordFilter(regionPrefix: "3301", period: .schoolYear(2023), pageSize: 1))
            #expect(hangzhou.map(\.subject.code) == ["330110", "330106", "330102"])
            let csv = RecordCSV.render(hangzhou, language: .zh, byteOrderMark: true)
            let lines = csv.dropFirst().components(separatedBy: "\r\n")
            #expect(lines[0].hasPrefix("序号,地区代码"))
            #expect(lines[2].hasPrefix("2,330106,西湖区,测试配置评估,2020 版,2023-2024,未达标,平均班额,\(hangzhou[1].id),"))
            let tooMany = await #expect(throws: DudaoError.self) { try await store.allRecords(matching: RecordFilter(), limit: 5) }
            #expect(tooMany?.code == .resourceExhausted)
        }
    }

    @Test("a bad page token or page size is INVALID_ARGUMENT", arguments: StoreBackend.available)
    func badFilter(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            let token = await #expect(throws: DudaoError.self) { try await store.records(matching: RecordFilter(pageToken: "not-a-token")) }
            #expect(token?.code == .invalidArgument)
            #expect(token?.violations.first?.path == "pageToken")
            let size = await #expect(throws: DudaoError.self) { try await store.records(matching: RecordFilter(pageSize: 0)) }
            #expect(size?.violations.first?.path == "pageSize")
        }
    }

    @Test("history lists one subject's records by period, re-evaluations after the first judgement", arguments: StoreBackend.available)
    func history(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            // Written out of period order: the later period first.
            let later = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区", period: "2023-2024"), createdAt: Self.base)
            let earlier = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区", period: "2021-2022"), createdAt: Self.base + 1)
            let recheck = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区", period: "2021-2022", classSize: 41), createdAt: Self.base + 2, previous: earlier.id)
            let other = try Fixtures.record(Fixtures.input(code: "330102", name: "上城区", period: "2022-2023"), createdAt: Self.base + 3)
            try await store.append(contentsOf: [later, earlier, recheck, other])
            let history = try await store.history(assessment: StaffingAssessment.id, subjectCode: "330106")
            #expect(history.map(\.id) == [earlier.id, recheck.id, later.id])
            #expect(history.map(\.period.description) == ["2021-2022", "2021-2022", "2023-2024"])
            #expect(try await store.history(assessment: "other", subjectCode: "330106").isEmpty)
        }
    }

    @Test("the audit trail keeps every field and is queried by time range and caller, newest first, in pages", arguments: StoreBackend.available)
    func audit(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            let cli = CallerIdentity(clientName: "dudao-cli")
            let portal = CallerIdentity(clientName: "portal", authenticatedIdentity: "ops@zj.example")
            var entries: [AuditEntry] = []
            for index in 0..<7 {
                entries.append(
                    AuditEntry(
                        time: Self.base + Int64(index) * 1000, caller: index % 2 == 0 ? cli : portal,
                        method: index == 3 ? "ListRecords" : "Evaluate", subjectCode: index == 3 ? nil : "330106",
                        recordID: index == 3 ? nil : "ev_\(index)", status: index == 5 ? .unavailable : .ok,
                        message: index == 5 ? "the record store cannot be written: disk full" : nil,
                        durationMilliseconds: Int64(10 + index), callID: "call-\(index)", traceID: index == 1 ? "trace-abc" : nil
                    )
                )
            }
            for entry in entries { try await store.appendAudit(entry) }
            let all = try await store.audit(matching: AuditFilter())
            #expect(all.entries == entries.reversed())
            #expect(all.nextPageToken == nil)
            let byCaller = try await store.audit(matching: AuditFilter(clientName: "portal"))
            #expect(byCaller.entries.map(\.callID) == ["call-5", "call-3", "call-1"])
            let byIdentity = try await store.audit(matching: AuditFilter(authenticatedIdentity: "ops@zj.example", method: "Evaluate"))
            #expect(byIdentity.entries.map(\.callID) == ["call-5", "call-1"])
            let window = try await store.audit(matching: AuditFilter(from: Self.base + 2000, before: Self.base + 5000, clientName: "dudao-cli"))
            #expect(window.entries.map(\.callID) == ["call-4", "call-2"])
            let first = try await store.audit(matching: AuditFilter(pageSize: 4))
            let token: String = try #require(first.nextPageToken)
            let second = try await store.audit(matching: AuditFilter(pageSize: 4, pageToken: token))
            #expect((first.entries + second.entries).map(\.callID) == entries.reversed().map(\.callID))
            #expect(second.nextPageToken == nil)
            let wrongKind = await #expect(throws: DudaoError.self) {
                try await store.records(matching: RecordFilter(pageToken: token))
            }
            #expect(wrongKind?.code == .invalidArgument)
        }
    }
}
