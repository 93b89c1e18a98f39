import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// What the modernization monitoring needed of the pack format, on a small pack: a leaf compared
/// above its target, a credit rule named by a parameter, subject codes of a kind, a fact carried as
/// a measure, and a province view whose rows and share against a target the pack shapes.
struct PackProvinceShareTests {
    static let files: [String: String] = [
        "pack.yaml": """
            pack:
              id: lab-share
              version: 1.0.0
              title: {zh: 示例监测, en: A monitoring example}
            documents:
              - {id: rules, title: 示例细则, number: null, issuer: 示例, year: 2025, status: U}
            editions:
              - id: "2025"
                title: {zh: 2025 版, en: 2025 edition}
                from: 2025-01-01
                parameters:
                  - {key: weight.G, value: 50.0, name: {zh: 增长 权重, en: Growth weight}, citation: {document: rules}, status: C}
                  - {key: target.G, value: 0.0, name: {zh: 增长 目标, en: Growth target}, citation: {document: rules}, status: C}
                  - {key: weight.R, value: 50.0, name: {zh: 比例 权重, en: Rate weight}, citation: {document: rules}, status: U}
                  - {key: target.R, value: 0.8, name: {zh: 比例 目标, en: Rate target}, citation: {document: rules}, status: U}
                  - {key: credit_rule, value: proportional, name: {zh: 计分规则, en: Credit rule}, citation: {document: rules}, status: U, allowed: [proportional, all_or_nothing]}
                  - {key: band.pass, value: 60.0, name: {zh: 达标线, en: Pass line}, citation: {document: rules}, status: U}
                  - {key: titled_target, value: 0.5, name: {zh: 获评率目标, en: Titled share target}, citation: {document: rules}, status: U}
            schema:
              subjects: [county, zone]
              subject_codes:
                - {kind: zone, code: 3301ED, name: 甲开发区}
              facts:
                - {key: growth, type: number, label: {zh: 增长率, en: Growth}}
                - {key: rate, type: number, bounds: fraction, label: {zh: 比例, en: Rate}}
                - {key: titled, type: boolean, label: {zh: 已获评, en: Titled}, needed: false, measure: true}
            """,
        "tree.yaml": """
            tree:
              total: S-TOTAL
              grade: S-GRADE
              name: {zh: 示例监测, en: Example monitoring}
              citation: {document: rules}
              band_status: U
              nodes:
                - {code: G, name: {zh: 增长, en: Growth}, level: first, weight: weight.G, citation: {document: rules}, field: growth, target: target.G, comparator: above}
                - {code: R, name: {zh: 比例, en: Rate}, level: first, weight: weight.R, citation: {document: rules}, field: rate, target: target.R, credit: {parameter: credit_rule}}
              bands:
                - {code: pass, name: {zh: 达标, en: pass}, at_least: band.pass, passes: true}
                - {code: below, name: {zh: 未达标, en: below}, passes: false}
            province:
              notes: [{zh: "目标 {target}", en: "target {target}"}]
              rows: {grade_label: level, weakest_names: weakest_zh, values: [total], verdict_counts: false}
              share:
                fact: titled
                target: titled_target
                statistic: titled_rate
                label: titled
                count: titled
                unknown_count: titled_unknown
                unknown_note: {zh: "{unknown} 个未填", en: "{unknown} did not say"}
            examples:
              - name: growth above zero and the rate met
                input: {subject: {kind: county, code: "330001", name: 甲县}, period: 2025, facts: {growth: 0.01, rate: 0.8, titled: true}}
                verdict: pass
                expect:
                  - {indicator: S-TOTAL, value: 100}
                  - {measure: titled, value: 1}
            """,
    ]

    static func load(_ files: [String: String] = Self.files) throws(PackErrors) -> StandardPack {
        try PackLoader().load(PackSource(name: "LabShare", location: "LabShare", files: files))
    }

    static func errors(_ file: String, _ find: String, _ replace: String) -> [PackError] {
        var files = Self.files
        files[file] = files[file]!.replacingOccurrences(of: find, with: replace)
        do {
            _ = try Self.load(files)
            return []
        } catch {
            return error.errors
        }
    }

    static func input(_ growth: Double, _ rate: Double, titled: Bool?, code: String = "330001", kind: SubjectKind = .county) -> AssessmentInput {
        var facts: [String: FieldValue] = ["growth": FieldValue(.number(growth)), "rate": FieldValue(.number(rate))]
        if let titled { facts["titled"] = FieldValue(.boolean(titled)) }
        return AssessmentInput(assessment: "lab-share", subject: Subject(kind: kind, code: code, name: "单位\(code)"), period: .calendarYear(2025), facts: facts)
    }

    @Test("a growth of exactly zero is not above its target; the credit rule is the parameter's, and an override changes it")
    func aboveAndCreditParameter() throws {
        let registry = try AssessmentRegistry([try Self.load().assessment])
        #expect(try registry.evaluate(Self.input(0, 0.8, titled: nil)).indicator("G")?.value == 0)
        var input = Self.input(0.02, 0.4, titled: nil)
        #expect(try registry.evaluate(input).indicator("R")?.value == 25)
        input.parameterOverrides = ["credit_rule": .text("all_or_nothing")]
        #expect(try registry.evaluate(input).indicator("R")?.value == 0)
        input.parameterOverrides = ["credit_rule": .text("banded")]
        #expect(throws: DudaoError.self) { try registry.evaluate(input) }
    }

    @Test("a zone must use one of the codes the schema gives its kind; a county any region code")
    func subjectCodes() throws {
        let registry = try AssessmentRegistry([try Self.load().assessment])
        do {
            _ = try registry.evaluate(Self.input(0.01, 0.8, titled: nil, code: "3302ED", kind: .zone))
            Issue.record("expected a refusal")
        } catch let error as DudaoError {
            #expect(error.violations.map(\.path) == ["subject.code"])
            #expect(error.violations.map(\.rule) == [.invalidCode])
            #expect(error.violations.first?.messageEn == "a zone uses one of the project's own codes (3301ED 甲开发区); got 3302ED")
        }
        #expect(try registry.evaluate(Self.input(0.01, 0.8, titled: nil, code: "3301ED", kind: .zone)).verdict == .pass)
    }

    @Test("the share against its target decides the batch, a range while some do not say; rows show what the pack asks")
    func share() throws {
        let assessment = try Self.load().assessment
        let registry = try AssessmentRegistry([assessment])
        let results = try [
            Self.input(0.01, 0.8, titled: true, code: "330001"), Self.input(-0.01, 0.4, titled: nil, code: "330002"), Self.input(0.01, 0.4, titled: false, code: "330003"),
        ].map(registry.evaluate)
        let summary = try #require(assessment.summarize(results))
        #expect(summary.rows.map(\.subjectCode) == ["330001", "330003", "330002"])
        #expect(summary.rows.map { $0.labels["titled"] } == ["yes", "no", "unknown"])
        #expect(summary.rows[2].labels["weakest_zh"] == "增长、比例")
        #expect(summary.rows[0].labels["level"] == results[0].indicator("S-GRADE")?.explanationZh)
        #expect(summary.rows[0].labels["grade"] == nil)
        #expect(summary.rows.allSatisfy { Set($0.values.keys) == ["total"] })
        #expect(summary.statistics["titled"] == 1)
        #expect(summary.statistics["titled_unknown"] == 1)
        #expect(summary.statistics["titled_rate_low"] == 1.0 / 3.0)
        #expect(summary.statistics["titled_rate_high"] == 2.0 / 3.0)
        #expect(summary.statistics["titled_rate_target"] == 0.5)
        #expect(summary.statistics.keys.allSatisfy { !$0.hasPrefix("verdict.") })
        #expect(summary.verdict == .notAssessable)
        #expect(summary.notesZh == ["目标 50%", "1 个未填"])
        let known = try #require(assessment.summarize(Array(results[0...0]) + [results[2]]))
        #expect(known.statistics["titled_rate"] == 0.5)
        #expect(known.verdict == .pass)
        #expect(known.notesEn == ["target 50%"])
    }

    @Test("problems with the new parts are refused with file, line and rule", arguments: [
        ("pack.yaml", "{kind: zone, code: 3301ED", "{kind: school, code: 3301ED", "bad-subject-kind", "pack.yaml"),
        // The share's fact must be carried as a measure: the province section is refused.
        ("pack.yaml", "needed: false, measure: true}", "needed: false}", "unknown-field", "tree.yaml"),
        ("pack.yaml", "label: {zh: 增长率, en: Growth}}", "label: {zh: 增长率, en: Growth}, measure: 1}", "not-a-boolean", "pack.yaml"),
        ("tree.yaml", "target: titled_target", "target: titled_goal", "unknown-parameter", "tree.yaml"),
        ("tree.yaml", "comparator: above}", "comparator: over}", "bad-rule", "tree.yaml"),
        ("tree.yaml", "credit: {parameter: credit_rule}", "credit: {parameter: credit_rules}", "unknown-parameter", "tree.yaml"),
        ("tree.yaml", "credit: {parameter: credit_rule}", "credit: {rule: credit_rule}", "unknown-key", "tree.yaml"),
    ])
    func refusals(_ file: String, _ find: String, _ replace: String, _ rule: String, _ refused: String) {
        let errors = Self.errors(file, find, replace)
        let error = errors.first { $0.rule == rule }
        #expect(error != nil, "\(errors)")
        #expect(error?.file == refused)
        #expect((error?.line ?? 0) >= 1)
    }
}
