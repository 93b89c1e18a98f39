import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// Unit rules in the standard's own words, each unit's scope on its rows and findings, the
/// gaps of each scope as warnings, kinds a parameter leaves out, and findings' deadlines.
struct PackReportingTests {
    static let pack = """
        pack: {id: zone-cover, version: 1.0.0, title: {zh: 责任区覆盖, en: Zone coverage}}
        documents:
          - {id: rules, title: 办法, issuer: 某办, year: 2013, status: U}
        editions:
          - id: "2013"
            title: {zh: 办法, en: Rules}
            from: 2013-01-01
            parameters:
              - {key: per_zone, value: 2, name: {zh: 每区上限, en: Most a zone}, citation: {document: rules}, status: U}
              - {key: include_kindergartens, value: true, name: {zh: 含幼儿园, en: Kindergartens in}, citation: {document: rules}, status: U}
              - {key: days, value: 30, name: {zh: 整改期限, en: Period}, citation: {document: rules}, status: U}
        schema:
          subjects: [county]
          unit_kinds:
            - {kind: kindergarten, name: {zh: 幼儿园, en: kindergarten}}
            - {kind: primary, name: {zh: 小学, en: primary school}}
          unit_fields:
            - {key: inspector, type: text, label: {zh: 督学, en: inspector}}
            - {key: zone, type: text, label: {zh: 责任区, en: zone}}
          requires_units: true
        groups: [{code: Z, name: {zh: 覆盖, en: Coverage}}]
        indicators:
          - code: Z-1
            name: {zh: 配备督学比例, en: Schools with an inspector}
            group: Z
            citation: {document: rules}
            status: U
            rule: {each_unit: {check: inspector}}
            wording:
              result: {zh: "{total} 所学校中 {met} 所配备督学", en: "{met} of {total} schools have an inspector"}
              finding: {zh: "{unit} 未配备督学", en: "{unit} has none"}
          - code: Z-2
            name: {zh: 每区学校数, en: Schools a zone}
            unit: 所
            group: Z
            decimals: 0
            citation: {document: rules}
            status: U
            rule: {group_count: {by: zone, at_most: per_zone, label: {zh: 责任区, en: zone}}}
            wording:
              result: {zh: "最多 {highest} 所，上限 {limit} 所", en: "highest {highest}, limit {limit}"}
              finding: {zh: "{group} 有 {count} 所，超过 {limit} 所", en: "{group} has {count}, more than {limit}"}
        units:
          scope: zone
          exclude:
            kinds: [kindergarten]
            unless: include_kindergartens
            warning: {code: kindergartens_excluded, text: {zh: 不含幼儿园, en: Kindergartens left out}}
        findings: {rectification_days: days}
        warnings:
          - {code: zone_gaps, when: {findings: {Z-1: 无督学}}, text: {zh: "责任区 {scope}：{gaps}", en: "zone {scope}: {count} gaps"}}
        province:
          finding_count: gaps
        examples:
          - name: a zone of three, one school without an inspector
            input:
              subject: {kind: county, code: "339901", name: 合成县}
              period: 2024-2025
              units:
                - {id: A, name: 甲校, kind: primary, fields: {inspector: D1, zone: Z1}}
                - {id: B, name: 乙校, kind: primary, fields: {inspector: "", zone: Z1}}
                - {id: K, name: 丙园, kind: kindergarten, fields: {inspector: D1, zone: Z1}}
            verdict: fail
            expect:
              - {finding: Z-1, unit: B}
              - {finding: Z-2, unit: Z1}
              - {warning: zone_gaps}
        """

    static func load() throws -> StandardPack {
        try PackLoader().load(PackSource(name: "ZoneCover", location: "ZoneCover", files: ["pack.yaml": Self.pack]))
    }

    @Test("rows and findings carry the unit's scope and the standard's words, with a deadline")
    func wordsScopesDeadlines() throws {
        let pack = try Self.load()
        let result = try AssessmentRegistry([pack.assessment]).evaluate(pack.examples[0].input)
        let covered = try #require(result.indicator("Z-1"))
        #expect(covered.explanationZh == "3 所学校中 2 所配备督学")
        #expect(covered.breakdown.map(\.scope) == ["Z1", "Z1", "Z1"])
        // A covered school's row names its inspector.
        #expect(covered.breakdown.map(\.note) == ["D1", nil, "D1"])
        #expect(result.indicator("Z-2")?.explanationEn == "highest 3, limit 2")
        let school = try #require(result.findings.first { $0.indicatorCode == "Z-1" })
        #expect(school.messageZh == "乙校 未配备督学")
        #expect(school.scope == "Z1")
        // A yes/no gap has no figure to fall short by.
        #expect(school.value == nil && school.shortfall == nil && school.unit == nil)
        let zone = try #require(result.findings.first { $0.indicatorCode == "Z-2" })
        #expect(zone.messageEn == "zone Z1 has 3, more than 2")
        #expect(zone.scope == "Z1")
        #expect(result.findings.map(\.deadline) == [CalendarDate("2024-10-01"), CalendarDate("2024-10-01")])
        #expect(result.warnings.map(\.messageZh) == ["责任区 Z1：无督学：乙校"])
        #expect(pack.assessment.summarize([result])?.rows.first?.labels["gaps"] == "2")
    }

    @Test("a parameter leaves kindergartens out, and the result says so")
    func exclusion() throws {
        let pack = try Self.load()
        var input = pack.examples[0].input
        input.parameterOverrides = ["include_kindergartens": .boolean(false)]
        let result = try AssessmentRegistry([pack.assessment]).evaluate(input)
        #expect(result.indicator("Z-1")?.breakdown.map(\.unitID) == ["A", "B"])
        #expect(result.indicator("Z-2")?.outcome == .met)
        #expect(result.warnings.map(\.code) == ["kindergartens_excluded", "zone_gaps"])
    }

    @Test("a scope that is not a text unit field, or a deadline parameter that is not an integer, is refused")
    func badReporting() throws {
        let errors = PackLoaderTests.errors(
            PackSource(
                name: "ZoneCover", location: "ZoneCover",
                files: ["pack.yaml": Self.pack.replacingOccurrences(of: "scope: zone\n", with: "scope: zone_code\n").replacingOccurrences(of: "{rectification_days: days}", with: "{rectification_days: per_zone_x}")]
            )
        )
        #expect(errors.map(\.rule).sorted() == ["unknown-field", "unknown-parameter"])
        #expect(errors.contains { $0.message.contains("units.scope names zone_code") })
    }
}
