import DudaoCore
import DudaoPublish
import Foundation
import Testing

/// Each report rendered from the shipped examples: self-contained (no script, no external
/// resource), with the figures and charts it promises.
@Suite struct ReportTests {
    static func expectSelfContained(_ html: String) {
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http"))
        #expect(!html.contains("href=\"http"))
        #expect(html.contains("@media print"))
        #expect(html.contains("size: A4"))
        #expect(!html.contains("{{"), "a Mustache tag was left unrendered")
    }

    /// A published page names school stages in Chinese (小学), never by their keys (`primary`).
    static func expectStagesInChinese(_ html: String) {
        for stage in SchoolStage.allCases {
            for shown in [">\(stage.rawValue)<", "[\(stage.rawValue)]", "（\(stage.rawValue)）", "· \(stage.rawValue)"] {
                #expect(!html.contains(shown), "\(shown) in a published page")
            }
        }
    }

    @Test func evaluationReport() throws {
        let result = try ShippedExamples.result("compulsory-quality-balance/county-failing.json")
        let html = EvaluationReport(result: result, recordID: "ev_0123").render()
        Self.expectSelfContained(html)
        #expect(html.contains(result.subject.name))
        #expect(html.contains("结论：\(result.verdict.nameZh)"))
        #expect(html.contains(EvaluationReport.chartTitle))
        #expect(html.contains("<svg"))
        #expect(html.contains(result.inputDigest))
        #expect(html.contains("ev_0123"))
        #expect(html.contains(result.edition.titleZh))
        // The rectification list names every school with a finding, and the indicators are grouped by area.
        for name in Set(result.findings.compactMap(\.unitName)) { #expect(html.contains(name)) }
        for group in Set(result.indicators.map(\.group)) where !group.isEmpty { #expect(html.contains("<td colspan=\"7\">\(group)</td>")) }
        #expect(result.verdict == .fail)
        #expect(html.contains("<td>小学</td>") && html.contains("<td>初中</td>"))
        for reason in result.reasons {
            if let stage = reason.scope.flatMap(SchoolStage.init(rawValue:)) { #expect(html.contains("<b>\(reason.code)</b> [\(stage.nameZh)]")) }
        }
        #expect(result.reasons.contains { $0.scope != nil })
        Self.expectStagesInChinese(html)
    }

    @Test func provinceReportFromTheModernizationExample() throws {
        let (results, summaries) = try ShippedExamples.batch("zj-county-education-modernization/province.json")
        let html = ProvinceReport(results: results, summaries: summaries).render()
        Self.expectSelfContained(html)
        for title in [ProvinceReport.histogramTitle, ProvinceReport.barChartTitle, ProvinceReport.targetChartTitle] { #expect(html.contains(title)) }
        for result in results { #expect(html.contains(result.subject.name)) }
        #expect(html.contains("创建率"))
        #expect(html.contains("中位数"))
        #expect(html.contains("最薄弱的指标"))
        // One bar a scored county.
        let scored = results.filter { $0.measures["total"] != nil }.count
        #expect(scored > 0)
        let barChart = try #require(html.range(of: "<title>\(ProvinceReport.barChartTitle)</title>"))
        let bars = String(html[barChart.upperBound...]).components(separatedBy: "</svg>")[0].components(separatedBy: "<rect").count - 1
        #expect(bars == scored)
    }

    @Test func provinceReportWithoutCompositeScoresUsesTheShareMetAndTheTarget() throws {
        let (results, summaries) = try ShippedExamples.batch("teacher-pay-parity/province.json")
        let html = ProvinceReport(results: results, summaries: summaries, target: 0.95).render()
        Self.expectSelfContained(html)
        #expect(html.contains("指标达标率"))
        #expect(html.contains("≥ 95.0%"))
        let passing = results.filter { $0.verdict == .pass }.count
        #expect(html.contains("<b>\(passing)</b><span>结论为“达标”</span>"))
    }

    @Test func coefficientView() throws {
        let result = try ShippedExamples.result("compulsory-quality-balance/county-failing.json")
        let report = CoefficientReport(result: result)
        #expect(report.isApplicable)
        let html = report.render()
        Self.expectSelfContained(html)
        #expect(html.contains(CoefficientReport.coefficientChartTitle))
        let coefficient = try #require(result.indicators.first { $0.nameZh.contains("差异系数") && $0.value != nil })
        #expect(html.contains(NumberStyle.coefficient.format(coefficient.value!)))
        let school = try #require(result.indicators.first { !$0.breakdown.isEmpty }?.breakdown.first)
        #expect(html.contains(school.unitName))
        #expect(html.contains("<td>小学</td>"))
        Self.expectStagesInChinese(html)
    }

    @Test func lookBackSaysWhichRectificationsAreFixed() throws {
        let before = try ShippedExamples.result("compulsory-quality-balance/county-failing.json")
        let after = try ShippedExamples.result("compulsory-quality-balance/county.json")
        let comparison = ResultComparison(before: before, after: after)
        let html = LookBackReport(comparison: comparison, before: before, after: after).render()
        Self.expectSelfContained(html)
        #expect(html.contains("回头看"))
        #expect(html.contains("上次整改事项是否完成"))
        #expect(!before.findings.isEmpty)
        let fixed = before.findings.filter { finding in !after.findings.contains { $0.indicatorCode == finding.indicatorCode && $0.unitID == finding.unitID && $0.scope == finding.scope } }
        #expect(html.components(separatedBy: ">已整改<").count - 1 == fixed.count)
        #expect(html.contains("<b>\(comparison.indicators(.improved).count)</b><span>改善的指标</span>"))
        Self.expectStagesInChinese(html)
    }

    @Test func noticeTable() throws {
        let (results, _) = try ShippedExamples.batch("teacher-pay-parity/province.json")
        let html = NoticeReport(entries: results.map { ($0, nil) }, issuer: "浙江省教育督导办", date: "2026-11-30").render()
        Self.expectSelfContained(html)
        #expect(html.contains("结果公示"))
        #expect(html.contains("浙江省教育督导办"))
        for result in results {
            #expect(html.contains(result.subject.name))
        }
        #expect(html.components(separatedBy: "<tr><td class=\"num\">").count - 1 == results.count)
    }

    @Test func markupInDataIsEscaped() throws {
        var result = try ShippedExamples.result("compulsory-quality-balance/county.json")
        result.subject.name = "<script>alert(1)</script>县"
        let html = EvaluationReport(result: result).render()
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;"))
    }
}
