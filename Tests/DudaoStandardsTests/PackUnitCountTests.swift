import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// A checklist in the standard's own words, measures and warnings that count units of a
/// breakdown, a batch's declared figures and lists, and the range of a parameter.
struct PackUnitCountTests {
    static let pack = """
        pack: {id: gate-check, version: 1.0.0, title: {zh: 开放条件核验, en: Opening check}}
        documents:
          - {id: list, title: 核验清单, issuer: 某局, year: 2020, status: U}
        editions:
          - id: "2020"
            title: {zh: 清单, en: List}
            from: 2020-01-01
            parameters:
              - {key: mandatory.G1, value: true, name: {zh: 消毒必备, en: Disinfection mandatory}, citation: {document: list}, status: U}
              - {key: evidence, value: false, name: {zh: 须写佐证, en: Evidence named}, citation: {document: list}, status: U}
              - {key: days, value: 3, range: [0, 30], name: {zh: 整改期限, en: Period}, citation: {document: list}, status: U}
        schema:
          subjects: [county]
          unit_kinds: [{kind: primary, name: {zh: 小学, en: primary school}}]
          unit_fields:
            - {key: disinfected, type: boolean, label: {zh: 已消毒, en: disinfected}}
          requires_units: true
        checklist:
          requires_evidence: evidence
          rectification_days: days
          items:
            - {code: G1, name: {zh: 清洁消毒, en: Disinfection}, checks: [disinfected], mandatory: mandatory.G1, citation: {document: list}, status: U}
          wording:
            gate: {zh: "{total} 所学校中 {cleared} 所可开放", en: "{cleared} of {total} schools may open"}
            blocked: {zh: "；不可开放：{units}", en: "; may not: {units}"}
            blocked_note: 不可开放
            item: {zh: "未落实 {count} 所", en: "{count} schools without it"}
        groups: [{code: G, name: {zh: 条件, en: Conditions}}]
        indicators:
          - {code: G-OPEN, name: {zh: 可开放比例, en: Share cleared}, group: G, citation: {document: list}, status: U, rule: {checklist: gate}}
          - {code: G1, name: {zh: 未消毒学校数, en: Not disinfected}, group: G, gating: false, citation: {document: list}, status: U, rule: {checklist_item: G1}}
        measures:
          - {key: schools, units: G-OPEN}
          - {key: blocked, units: G-OPEN, outcome: not_met}
          - {key: share, value: G-OPEN}
        warnings:
          - {code: undecided, when: {units: G-OPEN, outcome: not_assessable}, text: {zh: "{count} 所无法判定", en: "{count} undecided"}}
        province:
          statistics: {count: counties, totals: [schools, blocked]}
          unit_lists:
            blocked_schools: {units: G-OPEN, outcome: not_met}
        examples:
          - name: one school blocked, one undecided
            input:
              subject: {kind: county, code: "339901", name: 合成县}
              period: 2020-04-20
              units:
                - {id: A, name: 甲校, kind: primary, fields: {disinfected: true}}
                - {id: B, name: 乙校, kind: primary, fields: {disinfected: false}}
                - {id: C, name: 丙校, kind: primary, fields: {}}
            verdict: fail
            expect:
              - {measure: blocked, value: 1}
              - {warning: undecided}
        """

    static func source(_ edit: (String) -> String = { $0 }) -> PackSource {
        PackSource(name: "GateCheck", location: "GateCheck", files: ["pack.yaml": edit(Self.pack)])
    }

    static func evaluate(_ input: AssessmentInput) throws -> AssessmentResult {
        try AssessmentRegistry([try PackLoader().load(Self.source()).assessment]).evaluate(input)
    }

    @Test("the checklist speaks of schools, and the result counts and warns by unit")
    func wordingMeasuresWarning() throws {
        let pack = try PackLoader().load(Self.source())
        let result = try Self.evaluate(pack.examples[0].input)
        let gate = try #require(result.indicator("G-OPEN"))
        #expect(gate.explanationZh == "3 所学校中 1 所可开放；不可开放：乙校（清洁消毒）；无法判定：C")
        #expect(gate.explanationEn == "1 of 3 schools may open; may not: B (G1); undecided (data missing): C")
        #expect(gate.breakdown.first { $0.unitID == "B" }?.note == "不可开放：G1 清洁消毒")
        #expect(result.indicator("G1")?.explanationZh == "未落实 1 所，无法判定 1 个（缺少数据）")
        // The declared measures only: no indicator's value under its code.
        #expect(result.measures == ["schools": 3, "blocked": 1, "share": 1.0 / 3.0])
        let warning = try #require(result.warnings.first { $0.code == "undecided" })
        #expect(warning.messageZh == "1 所无法判定")
        #expect(warning.unitIDs == ["C"])
    }

    @Test("a batch gives the declared figures and lists the blocked units of each subject")
    func rollUp() throws {
        let pack = try PackLoader().load(Self.source())
        var second = pack.examples[0].input
        second.subject = Subject(kind: .county, code: "339902", name: "合成二县")
        second.units.removeLast()
        let results = try [pack.examples[0].input, second].map(Self.evaluate)
        let summary = try #require(pack.assessment.summarize(results))
        #expect(summary.statistics == ["counties": 2, "schools": 5, "blocked": 2])
        #expect(summary.rows.map { $0.labels["blocked_schools"] } == ["B", "B"])
        #expect(summary.verdict == .fail)
    }

    @Test("an override outside a parameter's range is refused naming it; an edition's value outside is a pack error")
    func range() throws {
        let pack = try PackLoader().load(Self.source())
        var input = pack.examples[0].input
        input.parameterOverrides = ["days": .integer(31)]
        let error = try #require(throws: DudaoError.self) { try Self.evaluate(input) }
        #expect(error.violations.map(\.path) == ["parameterOverrides.days"])
        input.parameterOverrides = ["days": .integer(30)]
        #expect(try Self.evaluate(input).findings.first?.deadline == CalendarDate("2020-05-20"))

        let errors = PackLoaderTests.errors(Self.source { $0.replacingOccurrences(of: "range: [0, 30]", with: "range: [5, 30]") })
        #expect(errors.map(\.rule) == ["bad-range"])
        #expect(errors.first?.message.contains("days is 3, outside its range 5 … 30") == true)
    }

    @Test("a measure, warning or list naming an indicator the pack lacks is refused with its line")
    func unknownIndicator() throws {
        let errors = PackLoaderTests.errors(Self.source { $0.replacingOccurrences(of: "{key: blocked, units: G-OPEN", with: "{key: blocked, units: G-SHUT") })
        #expect(errors.map(\.rule) == ["unknown-indicator"])
        #expect(errors.first?.line == 34)
    }
}
