import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// A parameter the standard leaves without a default (`value: null`): the rules that read it are
/// not assessable, naming it, until the caller's overrides or a layer give it a value.
struct UnconfiguredParameterTests {
    static func recognition() throws -> StandardPack {
        try PackLoader().load(try PackLoaderTests.bundled("ModernizationCounty"))
    }

    @Test("without the pass line the total is not assessable, naming the parameter, and the result warns")
    func notAssessableNamingIt() throws {
        let pack = try Self.recognition()
        let registry = try AssessmentRegistry([pack.assessment])
        var input = pack.examples[1].input
        input.parameterOverrides = [:]
        let result = try registry.evaluate(input)
        #expect(result.verdict == .notAssessable)
        let total = try #require(result.indicator("MC-T"))
        #expect(total.value == nil)
        #expect(total.explanationEn == "not assessable: parameter pass_line is not configured (the standard gives no default); set it with --param pass_line=…")
        #expect(total.explanationZh.contains("认定合格线（总分）"))
        // The readable items are still scored: only the rules reading an open parameter wait.
        #expect(result.indicator("MC-B1")?.value == 100)
        #expect(result.indicator("MC-21")?.explanationEn.contains("points_21") == true)
        let warning = try #require(result.warnings.first { $0.code == "parameter_not_configured" })
        #expect(warning.messageEn.contains("pass_line"))
        #expect(warning.messageEn.contains("points_b7"))
    }

    @Test("a caller's override supplies it, and the verdict falls either way")
    func overrideSuppliesIt() throws {
        let pack = try Self.recognition()
        let registry = try AssessmentRegistry([pack.assessment])
        var input = pack.examples[1].input
        input.parameterOverrides = ["pass_line": .integer(994)]
        #expect(try registry.evaluate(input).verdict == .pass)
        input.parameterOverrides = ["pass_line": .number(994.5)]
        let result = try registry.evaluate(input)
        #expect(result.verdict == .fail)
        #expect(result.indicator("MC-T")?.threshold == 994.5)
        #expect(!result.warnings.contains { $0.messageEn.contains("pass_line") })
    }

    @Test("a layer's override gives it a value: the extending pack assesses without a caller's override")
    func layerSuppliesIt() throws {
        let base = try PackLoaderTests.bundled("ModernizationCounty")
        let city = PackSource(
            name: "CityRecognition", location: "CityRecognition",
            files: [
                "pack.yaml": """
                pack:
                  id: city-modernization-recognition
                  version: 1.0.0
                  title: {zh: 某市教育现代化县认定, en: A city's recognition line}
                  extends: ModernizationCounty
                documents:
                  - {id: city2016, title: 某市认定细则, issuer: 某市政府教育督导室, year: 2016, status: U}
                editions:
                  - id: city-2016
                    base: "2015"
                    from: 2016-01-01
                    overrides:
                      - {key: pass_line, value: 850, citation: {document: city2016, note: the city's line}, status: U}
                examples:
                  - name: a county above the city's line
                    input:
                      subject: {kind: county, code: "339911", name: 合成县}
                      period: 2016
                      facts: {s01: 50, s02: 20, s03: 30, s04: 50, s05: 25, s06: 25, s07: 20, s08: 40, s09: 20, s10: 20, s11: 30, s12: 25, s13: 40, s14: 20, s15: 30, s16: 15, s17: 15, s18: 15, s19: 30, s20: 15, s21: 28, s22: 18, s23: 14, s24: 9, score_fairness_rest: 55, score_quality: 240, score_reform: 95}
                    verdict: pass
                    expect: [{indicator: MC-T, value: 994}]
                """
            ]
        )
        let pack = try PackLoader(catalog: [base]).load(city)
        let registry = try AssessmentRegistry([pack.assessment])
        let result = try registry.evaluate(pack.examples[0].input)
        #expect(result.edition.id == "city-2016")
        #expect(result.indicator("MC-T")?.threshold == 850)
        #expect(result.verdict == .pass)
        // Its name no longer says "no default"; one the city left open still does.
        #expect(result.parameters.first { $0.key == "pass_line" }?.nameZh == "认定合格线（总分）")
        #expect(result.parameters.first { $0.key == "points_21" }?.nameEn == "(21) Balanced allocation of resources: points (no default)")
        // The points the city did not set stay open.
        #expect(result.indicator("MC-21")?.outcome == .notAssessable)
    }

    /// The bundled recognition pack with one edit to its editions file.
    static func errors(_ edit: (String) -> String) throws -> [PackError] {
        var source = try PackLoaderTests.bundled("ModernizationCounty")
        source.files["editions.yaml"] = edit(source.files["editions.yaml"]!)
        return PackLoaderTests.errors(source)
    }

    static let passLine = "        value: null\n        type: number\n        unit: 分\n        name: {zh: 认定合格线"

    @Test("value: null without a type, or with an unknown type, is refused at its line")
    func needsItsType() throws {
        let untyped = try Self.errors { $0.replacingOccurrences(of: Self.passLine, with: "        value: null\n        unit: 分\n        name: {zh: 认定合格线") }
        let missing = try #require(untyped.first { $0.rule == "missing-key" })
        #expect(missing.file == "editions.yaml")
        #expect(missing.line > 1)
        #expect(missing.message.contains("needs its type"))
        let misspelt = try Self.errors { $0.replacingOccurrences(of: Self.passLine, with: "        value: null\n        type: float\n        unit: 分\n        name: {zh: 认定合格线") }
        #expect(misspelt.contains { $0.rule == "bad-type" && $0.message.contains("float") })
    }

    @Test("the province view cannot wait for a value: a target share without one is refused")
    func provinceNeedsAValue() throws {
        let errors = try Self.errors {
            $0.replacingOccurrences(of: "      - key: recognised_share_target\n        value: 1.0\n", with: "      - key: recognised_share_target\n        value: null\n        type: number\n")
        }
        let error = try #require(errors.first { $0.rule == "no-default" })
        #expect(error.file == "indicators.yaml")
        #expect(error.message.contains("recognised_share_target"))
    }
}
