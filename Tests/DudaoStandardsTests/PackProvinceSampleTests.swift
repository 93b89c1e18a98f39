import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// What the duty evaluation needed of the pack format, on a small pack: a leaf with a fixed target
/// (a degree of completion is complete at 1), rows that give the grade's code and count the grades,
/// and a batch that draws counties for on-site checks from a recorded seed, city by city.
struct PackProvinceSampleTests {
    static let files: [String: String] = [
        "pack.yaml": """
            pack:
              id: lab-sample
              version: 1.0.0
              title: {zh: 示例履职评价, en: A duty example}
            documents:
              - {id: rules, title: 示例办法, number: null, issuer: 示例, year: 2025, status: U}
            editions:
              - id: "2025"
                title: {zh: 2025 版, en: 2025 edition}
                from: 2025-01-01
                parameters:
                  - {key: weight.A, value: 60.0, name: {zh: 甲 权重, en: A weight}, citation: {document: rules}, status: U}
                  - {key: weight.B, value: 40.0, name: {zh: 乙 权重, en: B weight}, citation: {document: rules}, status: C}
                  - {key: band.good, value: 80.0, name: {zh: 良好线, en: Good line}, citation: {document: rules}, status: U}
                  - {key: share, value: 0.5, name: {zh: 抽查比例, en: Share checked}, citation: {document: rules}, status: U, range: [0, 1]}
                  - {key: seed, value: 7, name: {zh: 随机种子, en: Seed}, citation: {document: rules}, status: U}
                  - {key: forced, value: "330102", name: {zh: 必查, en: Forced}, citation: {document: rules}, status: U}
                  - {key: excluded, value: "", name: {zh: 不查, en: Excluded}, citation: {document: rules}, status: U}
            schema:
              subjects: [city, county]
              facts:
                - {key: a, type: number, bounds: fraction, label: {zh: 甲 达成度, en: A completion}}
                - {key: b, type: number, bounds: fraction, label: {zh: 乙 达成度, en: B completion}}
            """,
        "tree.yaml": """
            tree:
              total: D-TOTAL
              grade: D-GRADE
              name: {zh: 示例履职评价, en: Duty example}
              citation: {document: rules}
              band_status: U
              nodes:
                - {code: A, name: {zh: 甲, en: A}, level: first, weight: weight.A, citation: {document: rules}, field: a, target: 1, credit: proportional}
                - {code: B, name: {zh: 乙, en: B}, level: first, weight: weight.B, citation: {document: rules}, field: b, target: 1, credit: proportional}
              bands:
                - {code: good, name: {zh: 良好, en: good}, at_least: band.good, passes: true}
                - {code: poor, name: {zh: 较差, en: poor}, passes: false}
            province:
              notes: [{zh: 参数未核实, en: parameters unconfirmed}]
              rows: {grade_label: grade_text, grade_code: grade, grade_counts: true, values: [total], left_out: [weakest, missing], verdict_counts: false}
              sample: {kinds: [county], fraction: share, seed: seed, forced: forced, excluded: excluded}
            examples:
              - name: half of A
                input: {subject: {kind: county, code: "330101", name: 甲县}, period: 2025, facts: {a: 0.5, b: 1}}
                verdict: fail
                expect:
                  - {indicator: A, value: 30}
                  - {indicator: D-TOTAL, value: 70}
            """,
    ]

    static func load(_ files: [String: String] = Self.files) throws(PackErrors) -> StandardPack {
        try PackLoader().load(PackSource(name: "LabSample", location: "LabSample", files: files))
    }

    static func input(_ code: String, kind: SubjectKind = .county, a: Double?) -> AssessmentInput {
        var facts: [String: FieldValue] = ["b": FieldValue(.number(1))]
        if let a { facts["a"] = FieldValue(.number(a)) }
        return AssessmentInput(assessment: "lab-sample", subject: Subject(kind: kind, code: code, name: "单位\(code)"), period: .calendarYear(2025), facts: facts)
    }

    @Test("a fixed target is part of the leaf: the fact earns its share of the weight, and the status is the weight's")
    func fixedTarget() throws {
        let pack = try Self.load()
        let registry = try AssessmentRegistry([pack.assessment])
        let result = try registry.evaluate(Self.input("330101", a: 0.75))
        #expect(result.indicator("A")?.value == 45)
        #expect(result.indicator("A")?.threshold == 60)
        #expect(pack.assessment.descriptor.indicators.first { $0.code == "B" }?.status == .confirmed)
        #expect(pack.assessment.descriptor.editions[0].parameters.all.allSatisfy { !$0.key.hasPrefix("target") })
    }

    @Test("the batch draws half the counties city by city from the seed, forced ones first; rows give the grade's code and the draw")
    func sample() throws {
        let assessment = try Self.load().assessment
        let registry = try AssessmentRegistry([assessment])
        let counties = ["330101", "330102", "330103", "330104", "330201", "330202"]
        let results = try ([Self.input("330100", kind: .city, a: 1)] + counties.enumerated().map { Self.input($1, a: $0 == 5 ? nil : Double($0) / 5) })
            .map(registry.evaluate)
        let summary = try #require(assessment.summarize(results))
        let rows = Dictionary(uniqueKeysWithValues: summary.rows.map { ($0.subjectCode, $0) })

        let draw = SamplingPlan(seed: 7, fraction: 0.5, forced: ["330102"]).draw(from: counties)
        #expect(draw.selected.count == 3)
        #expect(summary.rows.filter { ["selected", "forced"].contains($0.labels["on_site"]) }.map(\.subjectCode).sorted() == draw.selected)
        #expect(rows["330102"]?.labels["on_site"] == "forced")
        #expect(rows["330100"]?.labels["on_site"] == "not_applicable")
        #expect(rows["330100"]?.labels["stratum"] == nil)
        #expect(rows["330201"]?.labels["stratum"] == "3302")
        #expect(summary.statistics["sampling.target"] == 3)
        #expect(summary.statistics["sampling.seed"] == 7)
        #expect(summary.notesEn.first?.hasPrefix("On-site sample: seed 7, fraction 0.5") == true)
        #expect(summary.notesZh.last == "参数未核实")

        // 330100 scores 100 and 330201 88 (good); 330101 … 330104 score 40 to 76 (poor); 330202 has no total.
        #expect(rows["330100"]?.labels["grade"] == "good")
        #expect(rows["330100"]?.labels["grade_text"] == results[0].indicator("D-GRADE")?.explanationZh)
        #expect(rows["330202"]?.labels["grade"] == nil)
        #expect(summary.statistics["grade.good"] == 2)
        #expect(summary.statistics["grade.poor"] == 4)
        #expect(summary.rows.allSatisfy { $0.labels["weakest"] == nil && $0.labels["missing"] == nil && Set($0.values.keys).isSubset(of: ["total"]) })
        #expect(summary.statistics.keys.allSatisfy { !$0.hasPrefix("verdict.") })

        // An override of the good line moves a grade: the code follows the result's own parameters.
        var input = Self.input("330104", a: 0.8)
        input.parameterOverrides = ["band.good": .number(90)]
        let lowered = try #require(assessment.summarize([try registry.evaluate(input)]))
        #expect(lowered.rows.first?.labels["grade"] == "poor")
    }

    @Test("problems with the sample and the rows are refused with file, line and rule", arguments: [
        ("fraction: share", "fraction: shares", "unknown-parameter"),
        ("seed: seed", "seed: share", "unknown-parameter"),
        ("kinds: [county]", "kinds: [borough]", "bad-rule"),
        ("grade_code: grade, ", "", "bad-rule"),
        ("field: b, target: 1", "field: b, target: [1]", "not-a-value"),
        ("sample: {kinds", "sample: {size: 3, kinds", "unknown-key"),
    ])
    func refusals(_ find: String, _ replace: String, _ rule: String) {
        var files = Self.files
        files["tree.yaml"] = files["tree.yaml"]!.replacingOccurrences(of: find, with: replace)
        var errors: [PackError] = []
        do { _ = try Self.load(files) } catch { errors = error.errors }
        let error = errors.first { $0.rule == rule }
        #expect(error != nil, "\(errors)")
        #expect(error?.file == "tree.yaml")
        #expect((error?.line ?? 0) >= 1)
    }
}
