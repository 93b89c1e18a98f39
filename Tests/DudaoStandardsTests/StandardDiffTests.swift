import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// `dudao standard diff`: what changed between two versions of a pack, or two editions.
struct StandardDiffTests {
    @Test("a changed threshold, changed weights and an item made gating are each one row")
    func versions() throws {
        let old = try PackLoaderTests.bundled("HigherVocational")
        var source = old
        source.files["editions.yaml"] = source.files["editions.yaml"]!
            .replacingOccurrences(of: "      - key: area_pass_score\n        value: 60", with: "      - key: area_pass_score\n        value: 58")
            .replacingOccurrences(of: "      - key: weight_service\n        value: 20", with: "      - key: weight_service\n        value: 25")
            .replacingOccurrences(of: "      - key: weight_foundation\n        value: 20", with: "      - key: weight_foundation\n        value: 15")
        // The examples must hold for the new version too: the failing college now scores 75.
        source.files["examples.yaml"] = source.files["examples.yaml"]!.replacingOccurrences(of: "{indicator: HV-S, value: 80}", with: "{indicator: HV-S, value: 75}")
        source.files["indicators.yaml"] = source.files["indicators.yaml"]!.replacingOccurrences(of: "group: AREA, unit: 分, decimals: 1, gating: false, citation: {document: hv2016, article: 评估内容}, status: U, rule: {field: score_service", with: "group: AREA, unit: 分, decimals: 1, citation: {document: hv2016, article: 评估内容}, status: U, rule: {field: score_service")
        let diff = try StandardDiff(old: try PackLoader().load(old), new: try PackLoader().load(source))
        let rows = diff.changes.map { "\($0.kind) \($0.key): \($0.old) → \($0.new)" }
        #expect(rows.contains("threshold area_pass_score: 60 分 [U] → 58 分 [U]"))
        #expect(rows.contains("weight weight_service: 20 分 [U] → 25 分 [U]"))
        #expect(rows.contains("weight weight_foundation: 20 分 [U] → 15 分 [U]"))
        #expect(rows.contains { $0.hasPrefix("indicator HV-A5:") && $0.contains("(not gating) →") })
        #expect(diff.changes.count == 4)
    }

    @Test("two editions of one layered pack: only the overridden figure differs")
    func editions() throws {
        let base = try PackLoaderTests.bundled("CompulsoryQuality")
        let city = PackSource(
            name: "CityQuality", location: "CityQuality",
            files: [
                "pack.yaml": """
                pack: {id: city-quality-county, version: 1.0.0, title: {zh: 某市, en: A city}, extends: CompulsoryQuality}
                documents: [{id: city2024, title: 某市实施细则, issuer: 某市政府教育督导室, year: 2024, status: U}]
                editions:
                  - {id: city-2024, base: "2021", from: 2024-01-01, overrides: [{key: max_cycle_years, value: 3, citation: {document: city2024}, status: U}]}
                """,
            ]
        )
        let pack = try PackLoader(catalog: [base]).load(city)
        let diff = try StandardDiff(old: pack, new: pack, editions: (old: "2021", new: "city-2024"))
        #expect(diff.changes.map(\.key) == ["in force", "max_cycle_years"])
        #expect(diff.changes.last?.new == "3 年 [U]")
        #expect(throws: DudaoError.self) { try StandardDiff(old: pack, new: pack, editions: (old: "1999", new: "city-2024")) }
    }
}
