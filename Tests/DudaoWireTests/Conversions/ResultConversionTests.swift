import DudaoCore
import DudaoProto
import DudaoWire
import SwiftProtobuf
import Testing

struct ResultConversionTests {
    @Test("a result with indicators, breakdowns, vetoes, findings, warnings, missing fields and reasons survives the wire")
    func roundTrip() throws {
        let result = Fixtures.result
        #expect(result.reasons.count == 3, "the fixture has a fired veto, an unknown veto and an unknown indicator")
        let bytes: [UInt8] = try result.proto.serializedBytes()
        let decoded = try AssessmentResult(proto: Dudao_V1_AssessmentResult(serializedBytes: bytes))
        #expect(decoded == result)
    }

    @Test("breakdowns go out as columns, each unit named once per result, and come back equal")
    func columns() throws {
        var result = Fixtures.result
        let measures = result.indicators[0].breakdown
        // The same units again under a second indicator, one with a weight of its own.
        var second = result.indicators[0]
        second.code = "QB-D1"
        second.breakdown = measures.map { measure in
            var measure = measure
            measure.weight = measure.value == nil ? nil : 0.5
            measure.threshold = second.threshold
            return measure
        }
        result.indicators.append(second)
        let proto = result.proto
        #expect(proto.units.map(\.id) == measures.map(\.unitID), "each unit listed once")
        #expect(proto.indicators.allSatisfy { $0.breakdown.isEmpty })
        let columns = proto.indicators.last!.columns
        #expect(columns.unit == [0, 1])
        #expect(columns.value[0] == 4.7 && columns.value[1].isNaN)
        #expect(columns.threshold.isEmpty, "thresholds equal to the indicator's are not repeated")
        #expect(columns.weight[0] == 0.5 && columns.weight[1].isNaN)
        #expect(try AssessmentResult(proto: Dudao_V1_AssessmentResult(serializedBytes: try proto.serializedBytes() as [UInt8])) == result)
    }

    @Test("a protocol 1.0 result, with one UnitMeasure per unit, is still read")
    func legacyBreakdown() throws {
        var proto = Fixtures.result.proto
        proto.indicators[0].breakdown = Fixtures.result.indicators[0].breakdown.map(\.proto)
        proto.indicators[0].clearColumns()
        proto.units = []
        #expect(try AssessmentResult(proto: proto) == Fixtures.result)
    }

    @Test("columns that do not line up, or name a unit that is not listed, are refused with their path")
    func badColumns() throws {
        var proto = Fixtures.result.proto
        proto.indicators[0].columns.value.removeLast()
        var error = #expect(throws: DudaoError.self) { try AssessmentResult(proto: proto) }
        #expect(error?.violations.map(\.path) == ["indicators[0].columns.value"])
        proto = Fixtures.result.proto
        proto.indicators[0].columns.unit[1] = 7
        error = #expect(throws: DudaoError.self) { try AssessmentResult(proto: proto) }
        #expect(error?.violations.map(\.path) == ["indicators[0].columns.unit[1]"])
    }

    @Test("optional numbers keep the difference between absent and zero")
    func absentAndZero() throws {
        let proto = Fixtures.result.proto
        #expect(proto.indicators[1].valuePresent == nil)
        #expect(proto.indicators[2].valuePresent == .value(0))
        #expect(proto.vetoes[1].firedPresent == nil)
        #expect(proto.vetoes[0].firedPresent == .fired(false))
    }

    @Test("a batch summary survives the wire, with and without a verdict")
    func summary() throws {
        #expect(try BatchSummary(proto: Fixtures.summary.proto) == Fixtures.summary)
        var summary = Fixtures.summary
        summary.verdict = nil
        #expect(try BatchSummary(proto: summary.proto) == summary)
    }

    @Test("a wire result with unset enums names every bad path")
    func badResult() throws {
        var proto = Fixtures.result.proto
        proto.verdict = .unspecified
        proto.indicators[0].outcome = .UNRECOGNIZED(9)
        proto.indicators[0].columns.outcome[1] = Int32(Dudao_V1_Outcome.unspecified.rawValue)
        proto.findings[0].deadline = "someday"
        proto.clearEdition()
        let error = #expect(throws: DudaoError.self) { try AssessmentResult(proto: proto) }
        let paths = Set(error?.violations.map(\.path) ?? [])
        #expect(paths == ["verdict", "indicators[0].outcome", "indicators[0].columns.outcome[1]", "findings[0].deadline", "edition"])
    }

    @Test("a descriptor goes out with its editions, parameters, indicators and schema")
    func descriptor() throws {
        let schema = InputSchema(
            subjectKinds: [.county, .zone],
            facts: [FieldSpec("social_recognition_rate", .number, zh: "社会认可度", en: "social recognition", unit: "%", constraint: .fraction, definition: "问卷")],
            unitKinds: [UnitKindSpec(.primary, zh: "小学", en: "primary school")],
            unitFields: [FieldSpec("pupils", .integer, zh: "学生数", en: "pupils", constraint: .positive, unitKinds: [.primary, .junior], needed: false)],
            requiresUnits: true
        )
        let descriptor = AssessmentDescriptor(
            id: "compulsory-quality-balance", version: "1.2.0", titleZh: "优质均衡", titleEn: "Quality balance",
            summaryZh: "摘要", summaryEn: "summary", documents: [Fixtures.document], editions: [Fixtures.edition],
            groups: [IndicatorGroup(code: "resource", zh: "资源配置", en: "Resources")], indicators: [Fixtures.definition], schema: schema
        )
        let proto = descriptor.proto
        #expect(proto.editions.first?.parameters.count == 4)
        #expect(proto.editions.first?.parameters[1].hasAllowedValues == true)
        #expect(proto.editions.first?.parameters[0].hasAllowedValues == false)
        #expect(proto.editions.first?.parameters[2].allowedValues.values.isEmpty == true)
        #expect(proto.editions.first?.effectiveUntil == "2030-12-31")
        #expect(proto.indicators.first?.status == .confirmed)
        #expect(proto.indicators.first?.citation.number == "教督〔2017〕6号")
        #expect(proto.schema.subjectKinds == [.county, .zone])
        #expect(proto.schema.facts.first?.constraint.kind == .fraction)
        #expect(proto.schema.unitFields.first?.unitKinds.kinds == ["primary", "junior"])
        #expect(proto.schema.facts.first?.hasUnitKinds == false)
        #expect(proto.schema.requiresUnits)
        let summary = descriptor.summaryProto
        #expect(summary.editions.map(\.id) == ["2017"])
        #expect(try EditionReference(proto: summary.editions[0]) == EditionReference(Fixtures.edition))
    }

    @Test("every parameter of an edition survives the wire", arguments: Fixtures.edition.parameters.all)
    func parameters(parameter: Parameter) throws {
        #expect(try Parameter(proto: parameter.proto) == parameter)
    }
}
