import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// The pack format end to end in one process: load, check, evaluate, refuse broken packs with
/// their file and line.
struct PackLoaderTests {
    static let plugins = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Plugins")

    static func bundled(_ name: String) throws -> PackSource {
        try PackSource.read(folder: Self.plugins.appendingPathComponent(name).path)
    }

    @Test("the compulsory-quality pack loads, its examples pass and a result names version and hash")
    func compulsoryQuality() throws {
        let pack = try PackLoader().load(try Self.bundled("CompulsoryQuality"))
        #expect(pack.descriptor.id == "compulsory-quality-county")
        #expect(pack.contentHash.hasPrefix("sha256:"))
        #expect(pack.descriptor.version == "1.0.0+sha256.\(pack.contentHash.dropFirst(7).prefix(16))")
        let registry = try AssessmentRegistry([pack.assessment])
        let result = try registry.evaluate(pack.examples[1].input)
        #expect(result.verdict == .fail)
        #expect(result.assessmentVersion == pack.descriptor.version)
        #expect(result.indicator("CQ-TEA-1")?.value == 0.95)
        let missing = try registry.evaluate(pack.examples[2].input)
        #expect(missing.indicator("CQ-TEA-1")?.explanationEn == "not assessable: field facts.staff_quota_set missing")
    }

    /// The bundled pack with one file replaced.
    static func broken(_ file: String, _ edit: (String) -> String) throws -> PackSource {
        var source = try Self.bundled("CompulsoryQuality")
        source.files[file] = edit(source.files[file]!)
        return source
    }

    static func errors(_ source: PackSource, catalog: [PackSource] = []) -> [PackError] {
        do {
            _ = try PackLoader(catalog: catalog).load(source)
            return []
        } catch {
            return error.errors
        }
    }

    @Test("bad YAML is refused with its file and line")
    func badYAML() throws {
        let errors = Self.errors(try Self.broken("schema.yaml") { $0.replacingOccurrences(of: "  subjects: [county]", with: "  subjects: [county\n  facts: {") })
        let first = try #require(errors.first)
        #expect(first.file == "schema.yaml")
        #expect(first.rule == "bad-yaml")
        #expect(first.line >= 2)
    }

    @Test("a rule naming a missing field is refused at the indicator's line")
    func missingField() throws {
        let errors = Self.errors(try Self.broken("indicators.yaml") { $0.replacingOccurrences(of: "{check: no_key_schools}", with: "{check: no_elite_schools}") })
        let error = try #require(errors.first { $0.rule == "unknown-field" })
        #expect(error.file == "indicators.yaml")
        #expect(error.line == 20)
        #expect(error.message.contains("no_elite_schools"))
    }

    @Test("a failing worked example is refused at the example's line")
    func failingExample() throws {
        let errors = Self.errors(try Self.broken("examples.yaml") { $0.replacingOccurrences(of: "{indicator: CQ-TEA-1, value: 0.95}", with: "{indicator: CQ-TEA-1, value: 0.9}") })
        let error = try #require(errors.first { $0.rule == "example-failed" })
        #expect(error.file == "examples.yaml")
        #expect(error.line == 24)
        #expect(error.message.contains("CQ-TEA-1: value 0.95, expected 0.9"))
    }

    @Test("a cycle of extends is refused naming the cycle")
    func extendsCycle() throws {
        let first = PackSource(name: "A", location: "A", files: ["pack.yaml": "pack:\n  id: a\n  version: 1.0.0\n  title: {zh: 甲, en: A}\n  extends: B\n"])
        let second = PackSource(name: "B", location: "B", files: ["pack.yaml": "pack:\n  id: b\n  version: 1.0.0\n  title: {zh: 乙, en: B}\n  extends: A\n"])
        let errors = Self.errors(first, catalog: [first, second])
        let error = try #require(errors.first { $0.rule == "extends-cycle" })
        #expect(error.line == 5)
        #expect(error.message.contains("A → B → A"))
    }

    @Test("a layer overrides one figure with its own citation, and the result shows the layer")
    func layer() throws {
        let base = try Self.bundled("CompulsoryQuality")
        let city = PackSource(
            name: "CityQuality", location: "CityQuality",
            files: [
                "pack.yaml": """
                pack:
                  id: city-quality-county
                  version: 1.0.0
                  title: {zh: 某市县域义务教育质量评价, en: A city's county quality evaluation}
                  extends: CompulsoryQuality
                documents:
                  - {id: city2024, title: 某市实施细则, issuer: 某市政府教育督导室, year: 2024, status: U}
                editions:
                  - id: city-2024
                    base: "2021"
                    from: 2024-01-01
                    overrides:
                      - key: max_cycle_years
                        value: 3
                        citation: {document: city2024, note: the city's stricter line}
                        status: U
                """,
            ]
        )
        let pack = try PackLoader(catalog: [base]).load(city)
        #expect(pack.layers == ["CompulsoryQuality", "CityQuality"])
        let registry = try AssessmentRegistry([pack.assessment])
        var input = pack.examples[0].input
        input.assessment = "city-quality-county"
        input.facts["years_since_last_evaluation"] = 4
        let result = try registry.evaluate(input)
        #expect(result.edition.id == "city-2024")
        #expect(result.indicator("CQ-IMP-2")?.outcome == .notMet)
        let cycle = try #require(result.parameters.first { $0.key == "max_cycle_years" })
        #expect(cycle.citation.note?.hasPrefix("[layer city-quality-county]") == true)
        let share = try #require(result.parameters.first { $0.key == "staffing_fill_share" })
        #expect(share.citation.note?.hasPrefix("[layer compulsory-quality-county]") == true)
    }

    @Test("the pack written step by step in docs/WritingAStandard.md loads and its examples pass")
    func walkThrough() throws {
        let article = try String(contentsOf: Self.plugins.deletingLastPathComponent().appendingPathComponent("docs/WritingAStandard.md"), encoding: .utf8)
        let blocks = article.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        #expect(blocks.count == 5)
        let names = ["pack.yaml", "editions.yaml", "schema.yaml", "indicators.yaml", "examples.yaml"]
        let source = PackSource(name: "MyStandard", location: "MyStandard", files: Dictionary(uniqueKeysWithValues: zip(names, blocks)))
        let pack = try PackLoader().load(source)
        #expect(pack.descriptor.id == "my-county-standard")
        #expect(pack.examples.count == 3)
    }

    @Test("a batch of a pack gets its province view: ranked by the pack's indicator, with quartiles")
    func provinceView() throws {
        let pack = try PackLoader().load(try Self.bundled("HigherVocational"))
        let registry = try AssessmentRegistry([pack.assessment])
        var inputs = pack.examples.map(\.input)
        for (index, _) in inputs.enumerated() { inputs[index].subject.code = "41330100\(index + 1)0" }
        let results = try inputs.map { try registry.evaluate($0) }
        let summary = try #require(pack.assessment.summarize(results))
        #expect(summary.rows.map(\.rank) == [1, 1, 3])
        #expect(summary.rows.map { $0.values["HV-S"] } == [100, 100, 80])
        #expect(summary.statistics["HV-S.median"] == 100)
        #expect(summary.verdict == .fail)
    }
}
