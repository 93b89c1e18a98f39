import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// The `tree`, `warnings` and `allowed` parts of the pack format on a small pack: scoring with
/// credit rules, grade bands, downgrades, notices, the batch ranking, and the refusals.
struct PackTreeTests {
    static let files: [String: String] = [
        "pack.yaml": """
            pack:
              id: lab-tree
              version: 1.0.0
              title: {zh: 示例评分, en: A scored example}
            documents:
              - {id: rules, title: 示例细则, number: null, issuer: 示例, year: 2025, status: U}
            editions:
              - id: "2025"
                title: {zh: 2025 版, en: 2025 edition}
                from: 2025-01-01
                parameters:
                  - {key: weight.A, value: 60.0, name: {zh: A 权重, en: A weight}, citation: {document: rules}, status: U}
                  - {key: weight.A1, value: 1.0, name: {zh: A1 权重, en: A1 weight}, citation: {document: rules}, status: U}
                  - {key: target.A1, value: 0.0, name: {zh: A1 目标, en: A1 target}, citation: {document: rules}, status: C}
                  - {key: weight.A2, value: 1.0, name: {zh: A2 权重, en: A2 weight}, citation: {document: rules}, status: U}
                  - {key: target.A2, value: 1.0, name: {zh: A2 目标, en: A2 target}, citation: {document: rules}, status: C}
                  - {key: weight.B, value: 40.0, name: {zh: B 权重, en: B weight}, citation: {document: rules}, status: C}
                  - {key: target.B, value: 0.8, name: {zh: B 目标, en: B target}, citation: {document: rules}, status: C}
                  - {key: band.good, value: 80.0, name: {zh: 良好线, en: Good from}, citation: {document: rules}, status: U}
                  - {key: band.fair, value: 60.0, name: {zh: 一般线, en: Fair from}, citation: {document: rules}, status: U}
                  - {key: drop.D1, value: 1, name: {zh: D1 降档数, en: D1 bands dropped}, citation: {document: rules}, status: U}
                  - {key: cap.D2, value: true, name: {zh: D2 封顶, en: D2 caps}, citation: {document: rules}, status: U}
                  - {key: years_limit, value: 3, name: {zh: 年限, en: Years}, citation: {document: rules}, status: C}
            schema:
              subjects: [county]
              facts:
                - {key: cases, type: integer, bounds: non_negative, label: {zh: 案件数, en: Cases}}
                - {key: ok, type: boolean, label: {zh: 已落实, en: Done}}
                - {key: rate, type: number, bounds: fraction, label: {zh: 比例, en: Rate}}
                - {key: incident, type: boolean, label: {zh: 事件, en: Incident}}
                - {key: accident, type: boolean, label: {zh: 事故, en: Accident}}
                - {key: years, type: integer, bounds: non_negative, label: {zh: 年数, en: Years}, needed: false}
                - {key: kind, type: text, label: {zh: 类型, en: Kind}, needed: false, allowed: [urban, rural]}
            """,
        "tree.yaml": """
            tree:
              total: T-TOTAL
              grade: T-GRADE
              name: {zh: 示例评分, en: Example score}
              citation: {document: rules}
              band_status: U
              nodes:
                - {code: A, name: {zh: 甲, en: A}, level: first, weight: weight.A, citation: {document: rules}}
                - {code: A1, name: {zh: 甲一, en: A1}, parent: A, level: second, weight: weight.A1, citation: {document: rules}, field: cases, target: target.A1, comparator: at_most}
                - {code: A2, name: {zh: 甲二, en: A2}, parent: A, level: second, weight: weight.A2, citation: {document: rules}, field: ok, target: target.A2, comparator: is_true}
                - {code: B, name: {zh: 乙, en: B}, level: first, weight: weight.B, citation: {document: rules}, field: rate, target: target.B, credit: proportional}
              bands:
                - {code: good, name: {zh: 良好, en: good}, at_least: band.good, passes: true}
                - {code: fair, name: {zh: 一般, en: fair}, at_least: band.fair, passes: true}
                - {code: poor, name: {zh: 较差, en: poor}, passes: false}
              downgrades:
                - {code: D1, name: {zh: 事件, en: Incident}, field: incident, drop: drop.D1, citation: {document: rules}, status: U}
                - {code: D2, name: {zh: 事故, en: Accident}, field: accident, cap_at: fair, when: cap.D2, citation: {document: rules}, status: U}
            province:
              title: {zh: 示例汇总, en: Example batch}
              notes: [{zh: 示例说明, en: An example note}]
            warnings:
              - code: long_ago
                when: {field: years, at_least: years_limit}
                text: {zh: "已 {value} 年，上限 {threshold} 年", en: "{value} years, limit {threshold}"}
            """,
        "examples.yaml": """
            examples:
              - name: every item met
                input: {subject: {kind: county, code: "330001", name: 甲县}, period: 2025, facts: {cases: 0, ok: true, rate: 0.8, incident: false, accident: false, years: 4}}
                verdict: pass
                expect:
                  - {indicator: T-TOTAL, value: 100}
                  - {measure: grade_rank, value: 0}
                  - {warning: long_ago}
            """,
    ]

    static func load(_ files: [String: String] = Self.files) throws(PackErrors) -> StandardPack {
        try PackLoader().load(PackSource(name: "LabTree", location: "LabTree", files: files))
    }

    static func errors(_ file: String, _ edit: (String) -> String) -> [PackError] {
        var files = Self.files
        files[file] = edit(files[file]!)
        do {
            _ = try Self.load(files)
            return []
        } catch {
            return error.errors
        }
    }

    static func input(_ facts: [String: FieldValue], code: String = "330001") -> AssessmentInput {
        AssessmentInput(assessment: "lab-tree", subject: Subject(kind: .county, code: code, name: "县\(code)"), period: .calendarYear(2025), facts: facts)
    }

    static let met: [String: FieldValue] = ["cases": 0, "ok": true, "rate": 0.8, "incident": false, "accident": false]

    @Test("the tree scores with its credit rules: a count at most 0 all or nothing, a yes/no, a rate in proportion")
    func scoring() throws {
        let pack = try Self.load()
        #expect(pack.descriptor.indicators.map(\.code) == ["A", "A1", "A2", "B", "T-TOTAL", "T-GRADE"])
        #expect(pack.descriptor.groups.map(\.code) == ["A", "B", "T-TOTAL"])
        let registry = try AssessmentRegistry([pack.assessment])
        var facts = Self.met
        facts["cases"] = 1
        facts["rate"] = 0.4
        let result = try registry.evaluate(Self.input(facts))
        // A: 60 × (0 + 1) / 2 = 30; B: 40 × 0.4 / 0.8 = 20.
        #expect(result.indicator("A")?.value == 30)
        #expect(result.indicator("A1")?.value == 0)
        #expect(result.indicator("B")?.value == 20)
        #expect(result.indicator("T-TOTAL")?.value == 50)
        #expect(result.verdict == .fail)
        #expect(Set(result.findings.map(\.indicatorCode)) == ["A1", "B"])
        #expect(result.measures["score.A"] == 30)
        #expect(result.warnings.map(\.code) == ["unconfirmed_weights"])
    }

    @Test("a downgrade drops a band by its parameter; a cap applies only while its switch is on")
    func downgrades() throws {
        let registry = try AssessmentRegistry([try Self.load().assessment])
        var incident = Self.input(Self.met)
        incident.facts["incident"] = true
        #expect(try registry.evaluate(incident).measures["grade_rank"] == 1)
        incident.parameterOverrides = ["drop.D1": .integer(0)]
        #expect(try registry.evaluate(incident).measures["grade_rank"] == 0)
        var accident = Self.input(Self.met)
        accident.facts["accident"] = true
        #expect(try registry.evaluate(accident).indicator("T-GRADE")?.explanationEn == "grade: fair (the score alone gives good; changed by Accident)")
        accident.parameterOverrides = ["cap.D2": .boolean(false)]
        #expect(try registry.evaluate(accident).measures["grade_rank"] == 0)
        // A band line overridden to no more than the next one's leaves that band out, as the
        // Swift modules did: with 良好 at 55 under 一般 at 60, a total of 80 is 一般.
        var lowered = Self.input(Self.met)
        lowered.facts["rate"] = 0.4
        #expect(try registry.evaluate(lowered).indicator("T-GRADE")?.explanationEn == "grade: good")
        lowered.parameterOverrides = ["band.good": .number(55)]
        #expect(try registry.evaluate(lowered).indicator("T-GRADE")?.explanationEn == "grade: fair")
    }

    @Test("a missing leaf leaves the total and the grade not assessable, never zero")
    func missing() throws {
        var facts = Self.met
        facts["rate"] = nil
        let result = try AssessmentRegistry([try Self.load().assessment]).evaluate(Self.input(facts))
        #expect(result.verdict == .notAssessable)
        #expect(result.indicator("T-TOTAL")?.value == nil)
        #expect(result.indicator("A")?.value == 60)
    }

    @Test("a warning fills in its figures; a text fact outside its allowed values is refused naming the field")
    func warningsAndAllowed() throws {
        let registry = try AssessmentRegistry([try Self.load().assessment])
        var facts = Self.met
        facts["years"] = 4
        let warning = try #require(try registry.evaluate(Self.input(facts)).warnings.first { $0.code == "long_ago" })
        #expect(warning.messageZh == "已 4 年，上限 3 年")
        facts["years"] = 2
        #expect(try registry.evaluate(Self.input(facts)).warnings.allSatisfy { $0.code != "long_ago" })
        facts["kind"] = "suburban"
        do {
            _ = try registry.evaluate(Self.input(facts))
            Issue.record("expected a refusal")
        } catch let error as DudaoError {
            #expect(error.violations.map(\.path) == ["facts.kind"])
            #expect(error.violations.first?.messageEn == "kind must be one of urban, rural; got suburban")
        }
    }

    @Test("a batch is ranked by total with each subject's grade, under the pack's title and notes")
    func batch() throws {
        let assessment = try Self.load().assessment
        let registry = try AssessmentRegistry([assessment])
        var weaker = Self.met
        weaker["rate"] = 0.6
        let results = try [Self.input(weaker, code: "330002"), Self.input(Self.met, code: "330001")].map(registry.evaluate)
        let summary = try #require(assessment.summarize(results))
        #expect(summary.titleEn == "Example batch")
        #expect(summary.notesZh == ["示例说明"])
        #expect(summary.rows.map(\.subjectCode) == ["330001", "330002"])
        #expect(summary.rows.map(\.rank) == [1, 2])
        #expect(summary.rows[1].labels["weakest"] == "B")
    }

    @Test("tree problems are refused with file, line and rule", arguments: [
        ("field: rate,", "field: ratio,", "unknown-field"),
        ("parent: A, level: second, weight: weight.A1", "parent: Z, level: second, weight: weight.A1", "unknown-indicator"),
        ("- {code: poor, name: {zh: 较差, en: poor}, passes: false}", "", "bad-rule"),
        ("cap_at: fair", "cap_at: excellent", "bad-rule"),
        ("weight: weight.B,", "weight: weight.C,", "unknown-parameter"),
        ("level: first, weight: weight.B", "level: top, weight: weight.B", "bad-level"),
    ])
    func refusals(_ find: String, _ replace: String, _ rule: String) {
        let errors = Self.errors("tree.yaml") { $0.replacingOccurrences(of: find, with: replace) }
        let error = errors.first { $0.rule == rule }
        #expect(error != nil, "\(errors)")
        #expect(error?.file == "tree.yaml")
        #expect((error?.line ?? 0) >= 1)
    }

    @Test("allowed values are for text facts only")
    func allowedOnText() {
        let errors = Self.errors("pack.yaml") { $0.replacingOccurrences(of: "label: {zh: 比例, en: Rate}}", with: "label: {zh: 比例, en: Rate}, allowed: [a]}") }
        #expect(errors.contains { $0.rule == "field-type" && $0.file == "pack.yaml" })
    }

    @Test("diff tells a tree's weights from its thresholds")
    func diff() throws {
        var files = Self.files
        files["pack.yaml"] = files["pack.yaml"]!.replacingOccurrences(of: "{key: weight.B, value: 40.0", with: "{key: weight.B, value: 45.0")
            .replacingOccurrences(of: "{key: band.good, value: 80.0", with: "{key: band.good, value: 85.0")
        let diff = try StandardDiff(old: Self.load(), new: Self.load(files))
        #expect(diff.changes.filter { $0.kind == "weight" }.map(\.key) == ["weight.B"])
        #expect(diff.changes.filter { $0.kind == "threshold" }.map(\.key) == ["band.good"])
    }
}
