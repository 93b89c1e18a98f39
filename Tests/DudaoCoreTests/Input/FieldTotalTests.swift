import DudaoCore
import Testing

struct FieldTotalTests {
    let units = [
        Unit(id: "A", name: "甲", kind: .primary, fields: ["pupils": 100, "area": 50.5]),
        Unit(id: "B", name: "乙", kind: .primary, fields: ["pupils": 200]),
        Unit(id: "C", name: "", kind: .primary, fields: ["pupils": 300, "area": "many"]),
    ]

    @Test("sums a field present in every unit")
    func complete() {
        let total = FieldTotal("pupils", over: self.units)
        #expect(total.value == 600)
        #expect(total.missingNote == nil)
    }

    @Test("is unknown, never partial, when a unit lacks the field, and names those units")
    func incomplete() throws {
        let total = FieldTotal("area", over: self.units)
        #expect(total.value == nil)
        #expect(total.partialSum == 50.5)
        #expect(total.missing.map(\.id) == ["B", "C"])
        let note = try #require(total.missingNote)
        #expect(note.en == "field area missing for B 乙, C")
        #expect(MissingNote.explanation([note, .fact("x")]).en == "not assessable: field area missing for B 乙, C; field facts.x missing")
    }

    @Test("names at most five units")
    func manyMissing() {
        let units = (1...7).map { Unit(id: "U\($0)", name: "", kind: .primary) }
        #expect(FieldTotal("area", over: units).missingNote?.en == "field area missing for U1, U2, U3, U4, U5 … +2")
    }
}
