import DudaoClient
import DudaoCore
import DudaoServer
import DudaoStore
import DudaoTesting
import DudaoWire
import Foundation
import Testing

/// Records over the wire: the real server in-process with a real SQLite file in a temporary
/// directory, driven by the client library.
@Suite("Evaluation records end to end", .timeLimit(.minutes(1)))
struct RecordsEndToEndTests {
    /// A fresh data directory for one test, removed afterwards.
    static func withStore<T>(
        options: SQLiteRecordStore.Options = .init(),
        _ body: (SQLiteRecordStore, String) async throws -> T
    ) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-records-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        return try await body(try SQLiteRecordStore(directory: directory, options: options), directory)
    }

    static let ratio = PupilTeacherRatioAssessment.ratioCode

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try CanonicalJSON.encode(value), as: UTF8.self)
    }

    @Test("a preview is evaluated and audited like an official evaluation, but leaves no record")
    func previewIsNotStored() async throws {
        let input = PupilTeacherRatioAssessment.county(crowded: true)
        try await Self.withStore { store, _ in
            try await withLiveServer(store: store) { server in
                let client = try await server.connect()
                defer { Task { await client.close() } }
                let previewed = try await client.evaluateRecorded(input, preview: true)
                #expect(previewed.recordID == nil)
                #expect(try await store.allRecords(matching: RecordFilter()).isEmpty)
                let official = try await client.evaluateRecorded(input)
                #expect(official.recordID != nil)
                #expect(try Self.json(previewed.result) == Self.json(official.result))
                #expect(try await store.allRecords(matching: RecordFilter()).map(\.id) == [official.recordID])
                let audited = try await store.audit(matching: AuditFilter(method: WireMethod.evaluate.rawValue)).entries
                #expect(audited.count == 2)
                #expect(audited.compactMap(\.recordID) == [official.recordID].compactMap { $0 })
            }
        }
    }

    @Test("an evaluation is stored with every field and read back through the client")
    func storedWithEveryField() async throws {
        let input = PupilTeacherRatioAssessment.county(crowded: true)
        let before = RecordID.now()
        try await Self.withStore { store, _ in
            try await withLiveServer(store: store) { server in
                let client = try await server.connect(clientName: "督导科 workstation")
                defer { Task { await client.close() } }
                let recorded = try await client.evaluateRecorded(input, metadata: ["trace-id": "t-1"])
                let id = try #require(recorded.recordID)
                let fromWire = try await client.record(id: id)
                let fromDisk = try await store.record(id: id)
                // Compared as canonical JSON, the form records are stored in: JSON does not tell
                // a parameter's 19 from 19.0.
                #expect(try Self.json(fromWire) == Self.json(fromDisk))
                #expect(fromDisk.input == input)
                #expect(try Self.json(fromDisk.result) == Self.json(recorded.result))
                #expect(fromDisk.inputDigest == recorded.result.inputDigest)
                #expect(fromDisk.inputDigest.hasPrefix("sha256-bin:"))
                #expect(fromDisk.assessment == PupilTeacherRatioAssessment.id)
                #expect(fromDisk.edition == recorded.result.edition.id)
                #expect(fromDisk.subject == input.subject)
                #expect(fromDisk.period == input.period)
                #expect(fromDisk.caller.clientName == "督导科 workstation")
                #expect(fromDisk.daemonVersion == DudaoServer.version)
                #expect(fromDisk.createdAt >= before && fromDisk.createdAt <= RecordID.now())
                #expect(fromDisk.previousRecordID == nil)
            }
        }
    }

    @Test("every batch item is committed before it is sent, and carries its record id")
    func batchItemsRecorded() async throws {
        let inputs = (0..<12).map { PupilTeacherRatioAssessment.county(code: String(330_100 + $0), name: "县\($0)", crowded: $0 % 3 == 0) }
        try await Self.withStore { store, _ in
            try await withLiveServer(store: store) { server in
                let client = try await server.connect()
                defer { Task { await client.close() } }
                for try await event in client.evaluateBatch(inputs) {
                    guard case .item(let item) = event else { continue }
                    let id = try #require(item.recordID)
                    let stored = try await store.record(id: id)
                    #expect(stored.subject.code == inputs[item.index].subject.code)
                }
                let page = try await store.records(matching: RecordFilter(pageSize: 100))
                #expect(page.records.count == inputs.count)
            }
        }
    }

    @Test("list filters by region, verdict and period and pages newest first over the wire")
    func listFiltersAndPaging() async throws {
        try await Self.withStore { store, _ in
            try await withLiveServer(store: store) { server in
                let client = try await server.connect()
                defer { Task { await client.close() } }
                var ids: [String] = []
                for (index, code) in ["330102", "330106", "330110", "330211", "330212"].enumerated() {
                    let recorded = try await client.evaluateRecorded(PupilTeacherRatioAssessment.county(code: code, name: code, crowded: index.isMultiple(of: 2)))
                    ids.append(try #require(recorded.recordID))
                }
                let hangzhou = try await client.records(matching: RecordFilter(regionPrefix: "3301"))
                #expect(Set(hangzhou.records.map(\.subject.code)) == ["330102", "330106", "330110"])
                let failed = try await client.records(matching: RecordFilter(verdict: .fail))
                #expect(Set(failed.records.map(\.subject.code)) == ["330102", "330110", "330212"])
                let otherYear = try await client.records(matching: RecordFilter(period: .schoolYear(2023)))
                #expect(otherYear.records.isEmpty)

                var seen: [String] = []
                var filter = RecordFilter(assessment: PupilTeacherRatioAssessment.id, pageSize: 2)
                repeat {
                    let page = try await client.records(matching: filter)
                    #expect(page.records.count <= 2)
                    seen += page.records.map(\.id)
                    filter.pageToken = page.nextPageToken
                } while filter.pageToken != nil
                #expect(seen == ids.reversed())

                let bad = await #expect(throws: DudaoError.self) { try await client.records(matching: RecordFilter(createdFrom: 10, createdBefore: 5)) }
                #expect(bad?.code == .invalidArgument)
            }
        }
    }

    @Test("a replay of a stored record is identical")
    func replayIdentical() async throws {
        try await Self.withStore { store, _ in
            try await withLiveServer(store: store) { server in
                let client = try await server.connect()
                defer { Task { await client.close() } }
                let id = try #require(try await client.evaluateRecorded(PupilTeacherRatioAssessment.county(crowded: true)).recordID)
                let report = try await client.replay(id: id)
                #expect(report.identical)
                #expect(report.differences.isEmpty)
                #expect(report.recordID == id)
                let missing = await #expect(throws: DudaoError.self) { try await client.replay(id: "ev_0000000000000_0000000000000000") }
                #expect(missing?.code == .notFound)
            }
        }
    }

    @Test("a look-back shows a county that improved and one that declined, and stores a linked record")
    func lookBackImprovedAndDeclined() async throws {
        try await Self.withStore { store, _ in
            try await withLiveServer(store: store) { server in
                let client = try await server.connect()
                defer { Task { await client.close() } }
                let crowded = try #require(try await client.evaluateRecorded(PupilTeacherRatioAssessment.county(code: "330110", crowded: true)).recordID)
                let fine = try #require(try await client.evaluateRecorded(PupilTeacherRatioAssessment.county(code: "330106", crowded: false)).recordID)

                var better = PupilTeacherRatioAssessment.county(code: "330110", crowded: false)
                better.period = .schoolYear(2025)
                let improved = try await client.lookBack(id: crowded, newInput: better, store: true)
                #expect(improved.comparison.verdictBefore == .fail)
                #expect(improved.comparison.verdictAfter == .pass)
                #expect(improved.comparison.verdictChange == .improved)
                let ratio = try #require(improved.comparison.indicator(Self.ratio))
                #expect(ratio.change == .improved)
                #expect(ratio.valueBefore != nil && ratio.valueAfter != nil)
                #expect(ratio.thresholdBefore == ratio.thresholdAfter)
                let newID = try #require(improved.recordID)
                let linked = try await client.record(id: newID)
                #expect(linked.previousRecordID == crowded)
                #expect(linked.period == .schoolYear(2025))

                var worse = PupilTeacherRatioAssessment.county(code: "330106", crowded: true)
                worse.period = .schoolYear(2025)
                let declined = try await client.lookBack(id: fine, newInput: worse)
                #expect(declined.comparison.verdictChange == .declined)
                #expect(declined.comparison.indicator(Self.ratio)?.change == .declined)
                #expect(declined.recordID == nil)

                let history = try await client.history(assessment: PupilTeacherRatioAssessment.id, subjectCode: "330110")
                #expect(history.map(\.period) == [.schoolYear(2024), .schoolYear(2025)])
                #expect(history.map(\.verdict) == [.fail, .pass])
                #expect(history.last?.previousRecordID == crowded)

                let otherSubject = await #expect(throws: DudaoError.self) { try await client.lookBack(id: fine, newInput: better) }
                #expect(otherSubject?.code == .invalidArgument)
            }
        }
    }

    @Test("every call is in the audit trail with caller, method, subject, status and trace id, a failed one too")
    func auditTrail() async throws {
        try await Self.withStore { store, _ in
            try await withLiveServer(store: store) { server in
                let client = try await server.connect(clientName: "auditor-test")
                defer { Task { await client.close() } }
                let id = try #require(try await client.evaluateRecorded(PupilTeacherRatioAssessment.county(), metadata: ["trace-id": "trace-42"]).recordID)
                var bad = PupilTeacherRatioAssessment.county(code: "330999")
                bad.units[0].fields["pupils"] = 0
                _ = await #expect(throws: DudaoError.self) { try await client.evaluate(bad) }
                _ = try await client.record(id: id)

                let other = try await server.connect(clientName: "someone-else")
                _ = try await other.list()
                await other.close()

                let mine = try await client.audit(matching: AuditFilter(clientName: "auditor-test"))
                // Newest first; the audit query itself is appended after it answers.
                #expect(mine.entries.map(\.method) == [WireMethodName.get, WireMethodName.evaluate, WireMethodName.evaluate])
                let get = mine.entries[0]
                #expect(get.recordID == id && get.subjectCode == "330110" && get.status == .ok)
                let failed = mine.entries[1]
                #expect(failed.status == .invalidArgument && failed.subjectCode == "330999" && failed.recordID == nil)
                let evaluated = mine.entries[2]
                #expect(evaluated.recordID == id && evaluated.traceID == "trace-42" && evaluated.caller.clientName == "auditor-test")
                #expect(Set(mine.entries.map(\.callID)).count == 3)

                let everyone = try await client.audit(matching: AuditFilter())
                #expect(everyone.entries.contains { $0.caller.clientName == "someone-else" && $0.method == "dudao.v1.Assessments/List" })
                let future = try await client.audit(matching: AuditFilter(from: RecordID.now() + 60_000))
                #expect(future.entries.isEmpty)
            }
        }
    }

    @Test("a store that cannot be written makes Evaluate UNAVAILABLE while List and Get keep working")
    func readOnlyStore() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-records-ro-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let existing = try EvaluationRecord(
            result: testRegistry().evaluate(PupilTeacherRatioAssessment.county()), input: PupilTeacherRatioAssessment.county(),
            caller: CallerIdentity(clientName: "earlier"), daemonVersion: "0.0.9"
        )
        try await SQLiteRecordStore(directory: directory).append(existing)
        // Root passes every permission check, so a read-only mount is stood in for by the probe
        // the store asks before it writes (the store's own tests cover a real read-only file).
        let store = try SQLiteRecordStore(directory: directory, options: .init(writabilityProbe: { directory, _ in "the data directory \(directory) is read-only (Read-only file system)" }))
        try await withLiveServer(store: store) { server in
            let client = try await server.connect()
            defer { Task { await client.close() } }
            let error = await #expect(throws: DudaoError.self) { try await client.evaluate(PupilTeacherRatioAssessment.county(code: "330106")) }
            #expect(error?.code == .unavailable)
            #expect(error?.message.contains("read-only") == true)
            #expect(try Self.json(try await client.record(id: existing.id)) == Self.json(existing))
            #expect(try await client.records(matching: RecordFilter()).records.map(\.id) == [existing.id])
            #expect(try await client.list().map(\.id) == [PupilTeacherRatioAssessment.id])
            #expect(try await client.replay(id: existing.id).identical)
        }
    }
}

/// The methods the audit test expects, by their wire names.
enum WireMethodName {
    static let evaluate = "dudao.v1.Assessments/Evaluate"
    static let get = "dudao.v1.Records/Get"
}
