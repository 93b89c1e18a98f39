import DudaoCore
import DudaoProto
import DudaoWire
import SwiftProtobuf
import Testing

struct InputConversionTests {
    @Test("an input with every kind of value, provenance, units and overrides survives the wire")
    func roundTrip() throws {
        let bytes: [UInt8] = try Fixtures.input.proto.serializedBytes()
        let decoded = try AssessmentInput(proto: Dudao_V1_AssessmentInput(serializedBytes: bytes))
        #expect(decoded == Fixtures.input)
    }

    @Test("every period form survives the wire", arguments: [Period.schoolYear(2024), .calendarYear(2023), .date(CalendarDate(year: 2024, month: 2, day: 29)!)])
    func periods(period: Period) throws {
        #expect(try Period(proto: period.proto) == period)
    }

    @Test("every subject kind survives the wire", arguments: SubjectKind.allCases)
    func subjectKinds(kind: SubjectKind) throws {
        let subject = Subject(kind: kind, code: "330000", name: "浙江省")
        #expect(try Subject(proto: subject.proto) == subject)
    }

    @Test("an input without edition or overrides stays without them")
    func absentOptionals() throws {
        var input = Fixtures.input
        input.edition = nil
        input.parameterOverrides = [:]
        let proto = input.proto
        #expect(proto.editionPresent == nil)
        #expect(try AssessmentInput(proto: proto) == input)
    }

    @Test("every structural problem of a wire input is reported at once, with its path")
    func allProblems() throws {
        var proto = Fixtures.input.proto
        proto.clearSubject()
        proto.period.date = "2024-02-30"
        proto.facts["budget_ok"] = Dudao_V1_FieldValue()
        var unit = Dudao_V1_Unit()
        unit.id = "x"
        unit.fields["pupils"] = Dudao_V1_FieldValue()
        proto.units.append(unit)
        proto.parameterOverrides["limits.max_class"] = Dudao_V1_Value()
        let error = #expect(throws: DudaoError.self) { try AssessmentInput(proto: proto) }
        #expect(error?.code == .invalidArgument)
        let paths = Set(error?.violations.map(\.path) ?? [])
        #expect(paths == ["subject", "period", "facts.budget_ok", "units[2].pupils", "parameterOverrides.limits.max_class"])
        #expect(error?.violations.first { $0.path == "subject" }?.rule == .required)
    }

    @Test("an unspecified or unknown subject kind is refused")
    func subjectKind() throws {
        var proto = Fixtures.input.proto
        proto.subject.kind = .unspecified
        #expect(throws: DudaoError.self) { try AssessmentInput(proto: proto) }
        proto.subject.kind = .UNRECOGNIZED(99)
        let error = #expect(throws: DudaoError.self) { try AssessmentInput(proto: proto) }
        #expect(error?.violations.first?.path == "subject.kind")
        #expect(error?.violations.first?.rule == .subjectKind)
    }

    @Test("years outside the calendar are refused", arguments: [Int32(0), 1899, 10_000])
    func years(year: Int32) {
        var period = Dudao_V1_Period()
        period.calendarYear = year
        let error = #expect(throws: DudaoError.self) { try Period(proto: period) }
        #expect(error?.violations.first?.rule == .outOfRange)
    }
}
