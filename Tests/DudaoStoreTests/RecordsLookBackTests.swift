import DudaoCore
import DudaoStore
import Testing

struct RecordsLookBackTests {
    static let base: Int64 = 1_735_660_800_000

    @Test("a county that improved: both indicators and the verdict improve, and the new record links the old", arguments: StoreBackend.available)
    func improved(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            // 2023: 4.0 < 4.2 teachers and 47 > 45 pupils per class (edition 2020): fail.
            let earlier = try Fixtures.record(Fixtures.input(code: "330110", name: "余杭区", period: "2023-2024", teachers: 4.0, classSize: 47), createdAt: Self.base)
            try await store.append(earlier)
            // 2024: 4.6 ≥ 4.5 and 38 ≤ 40 (edition 2024): pass.
            let newInput = Fixtures.input(code: "330110", name: "余杭区", period: "2024-2025", teachers: 4.6, classSize: 38)
            let lookBack = try Records.lookBack(earlier: try await store.record(id: earlier.id), newInput: newInput, registry: Fixtures.registry)
            let comparison = lookBack.comparison
            #expect(comparison.verdictBefore == .fail && comparison.verdictAfter == .pass)
            #expect(comparison.verdictChange == .improved)
            #expect(comparison.editionBefore == "2020" && comparison.editionAfter == "2024")
            #expect(comparison.periodBefore == .schoolYear(2023) && comparison.periodAfter == .schoolYear(2024))
            let teachers = try #require(comparison.indicator(StaffingAssessment.teachersCode))
            #expect(teachers.valueBefore == 4.0 && teachers.valueAfter == 4.6)
            #expect(teachers.thresholdBefore == 4.2 && teachers.thresholdAfter == 4.5)
            #expect(teachers.outcomeBefore == .notMet && teachers.outcomeAfter == .met)
            #expect(teachers.change == .improved)
            let classSize = try #require(comparison.indicator(StaffingAssessment.classSizeCode))
            #expect(classSize.valueBefore == 47 && classSize.valueAfter == 38)
            #expect(classSize.thresholdBefore == 45 && classSize.thresholdAfter == 40)
            #expect(classSize.change == .improved)

            let record = lookBack.record(caller: Fixtures.caller, daemonVersion: "0.1.0-test", createdAt: Self.base + 1)
            try await store.append(record)
            let stored = try await store.record(id: record.id)
            #expect(stored.previousRecordID == earlier.id)
            #expect(stored.verdict == .pass)
            #expect(try await store.history(assessment: StaffingAssessment.id, subjectCode: "330110").map(\.id) == [earlier.id, record.id])
        }
    }

    @Test("a county that declined: a lower ≥ value and a higher ≤ value both count as worse", arguments: StoreBackend.available)
    func declined(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            let earlier = try Fixtures.record(Fixtures.input(code: "330203", name: "海曙区", period: "2023-2024", teachers: 4.8, classSize: 35), createdAt: Self.base)
            try await store.append(earlier)
            // Teachers fall but still meet 4.5 (same outcome, worse value); classes grow past 40.
            let newInput = Fixtures.input(code: "330203", name: "海曙区", period: "2024-2025", teachers: 4.6, classSize: 43)
            let comparison = try Records.lookBack(earlier: try await store.record(id: earlier.id), newInput: newInput, registry: Fixtures.registry).comparison
            #expect(comparison.verdictChange == .declined)
            let teachers = try #require(comparison.indicator(StaffingAssessment.teachersCode))
            #expect(teachers.outcomeBefore == .met && teachers.outcomeAfter == .met)
            #expect(teachers.change == .declined)
            let classSize = try #require(comparison.indicator(StaffingAssessment.classSizeCode))
            #expect(classSize.outcomeBefore == .met && classSize.outcomeAfter == .notMet)
            #expect(classSize.change == .declined)
            #expect(comparison.indicators(.declined).count == 2)
        }
    }

    @Test("without new data, the stored input is judged under the edition in force for its period, not the one it named", arguments: StoreBackend.available)
    func editionInForce(backend: StoreBackend) async throws {
        try await backend.withStore { testStore in
            let store = testStore.store
            // Evaluated under the old edition by name, for a period the 2024 edition governs.
            let earlier = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区", period: "2024-2025", edition: "2020", teachers: 4.3, classSize: 42), createdAt: Self.base)
            try await store.append(earlier)
            let lookBack = try Records.lookBack(earlier: try await store.record(id: earlier.id), newInput: nil, registry: Fixtures.registry)
            #expect(lookBack.input.edition == nil)
            #expect(lookBack.result.edition.id == "2024")
            let comparison = lookBack.comparison
            #expect(comparison.verdictBefore == .pass && comparison.verdictAfter == .fail)
            #expect(comparison.verdictChange == .declined)
            for comparison in comparison.indicators {
                // Same data, stricter thresholds: the outcome decides.
                #expect(comparison.valueBefore == comparison.valueAfter)
                #expect(comparison.thresholdChanged)
                #expect(comparison.change == .declined)
            }
        }
    }

    @Test("data that now arrives makes an item newly assessable; data that is gone makes it no longer assessable")
    func assessability() throws {
        let earlier = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区", teachers: nil, classSize: 38), createdAt: Self.base)
        let newInput = Fixtures.input(code: "330106", name: "西湖区", teachers: 4.6, classSize: nil)
        let comparison = try Records.lookBack(earlier: earlier, newInput: newInput, registry: Fixtures.registry).comparison
        #expect(comparison.indicator(StaffingAssessment.teachersCode)?.change == .newlyAssessable)
        #expect(comparison.indicator(StaffingAssessment.classSizeCode)?.change == .noLongerAssessable)
        #expect(comparison.verdictChange == .unchanged)
        #expect(comparison.verdictAfter == .notAssessable)
    }

    @Test("new data for another subject or assessment is INVALID_ARGUMENT naming the field")
    func mismatch() throws {
        let earlier = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: Self.base)
        var other = Fixtures.input(code: "330102", name: "上城区")
        other.assessment = "another"
        let error = #expect(throws: DudaoError.self) { try Records.lookBack(earlier: earlier, newInput: other, registry: Fixtures.registry) }
        #expect(error?.code == .invalidArgument)
        #expect(error?.violations.map(\.path) == ["assessment", "subject.code"])
    }
}
