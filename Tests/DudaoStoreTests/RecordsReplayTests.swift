import DudaoCore
import DudaoStore
import Testing

struct RecordsReplayTests {
    static let base: Int64 = 1_735_660_800_000

    @Test("a record read back from disk replays to an identical result under the edition it used", arguments: StoreBackend.available)
    func identical(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            // An explicit old edition for a later period: the replay must use it, not the one in force.
            let input = Fixtures.input(code: "330106", name: "西湖区", period: "2024-2025", edition: "2020", teachers: 4.3, classSize: 42)
            let record = try Fixtures.record(input, createdAt: Self.base)
            try await store.append(record)
            let stored = try await store.record(id: record.id)
            let report = try Records.replay(stored, registry: Fixtures.registry)
            #expect(report.identical)
            #expect(report.differences.isEmpty)
            #expect(report.edition == "2020")
            #expect(try Fixtures.canonical(report.replayed) == Fixtures.canonical(stored.result))
            #expect(report.replayed.verdict == .pass)
        }
    }

    @Test("a record made without naming an edition replays under the edition it used, even where another is now in force", arguments: StoreBackend.available)
    func recordedEditionIsUsed(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            let record = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区", period: "2023-2024", teachers: 4.3, classSize: 42), createdAt: Self.base)
            #expect(record.edition == "2020")
            #expect(record.input.edition == nil)
            try await store.append(record)
            let report = try Records.replay(try await store.record(id: record.id), registry: Fixtures.registry)
            #expect(report.identical)
            #expect(report.replayed.edition.id == "2020")
        }
    }

    @Test("a changed computation is reported field by field with the old and new values", arguments: StoreBackend.available)
    func differencesAreReported(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            let record = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区", teachers: 4.6, classSize: 44), createdAt: Self.base)
            try await store.append(record)
            // A later build whose class-size formula adds 2: the value, its outcome, the verdict
            // and the reasons change, and the module version shows it.
            let changed = try AssessmentRegistry([StaffingAssessment(version: "1.1.0", classSizeOffset: 2)])
            let report = try Records.replay(try await store.record(id: record.id), registry: changed)
            #expect(!report.identical)
            let byPath = Dictionary(uniqueKeysWithValues: report.differences.map { ($0.path, $0) })
            #expect(byPath["assessmentVersion"] == ResultDifference(path: "assessmentVersion", before: "\"1.0.0\"", after: "\"1.1.0\""))
            #expect(byPath["indicators[ST-2].value"] == ResultDifference(path: "indicators[ST-2].value", before: "44", after: "46"))
            #expect(byPath["indicators[ST-2].outcome"]?.after == "\"not_met\"")
            #expect(byPath["verdict"] == ResultDifference(path: "verdict", before: "\"pass\"", after: "\"fail\""))
            #expect(byPath["reasons[ST-2]"]?.before == nil)
            #expect(byPath["reasons[ST-2]"]?.after?.contains("ST-2") == true)
            #expect(byPath["indicators[ST-1].value"] == nil)
            #expect(byPath["inputDigest"] == nil)
            #expect(!report.figuresIdentical)
            #expect(byPath["assessmentVersion"]?.kind == .version)
        }
    }

    @Test("a record whose sentences a later build words differently replays with the same figures, and says so")
    func rewordedRecord() throws {
        let record = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区", teachers: 4.3, classSize: 42), createdAt: Self.base)
        // As stored by an earlier build that worded one explanation otherwise.
        var stored = record
        stored.result.indicators[0].explanationZh = "旧的说明"
        stored.result.indicators[0].explanationEn = "the old wording"
        let report = try Records.replay(stored, registry: Fixtures.registry)
        #expect(!report.identical)
        #expect(report.figuresIdentical)
        #expect(report.differences.map(\.path) == ["indicators[ST-1].explanationEn", "indicators[ST-1].explanationZh"])
        #expect(report.differences.allSatisfy { $0.kind == .wording })
    }

    @Test("an edition the daemon no longer serves cannot be replayed: NOT_FOUND, not a silent re-run under another")
    func missingEdition() async throws {
        let record = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: Self.base)
        var gone = record
        gone.edition = "2015"
        let error = #expect(throws: DudaoError.self) { try Records.replay(gone, registry: Fixtures.registry) }
        #expect(error?.code == .notFound)
    }
}
