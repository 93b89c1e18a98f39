public import DudaoCore
import DudaoReport

/// A look-back (回头看) as a page: the verdict then and now, what improved, what declined, and
/// whether each 整改 item of the earlier evaluation is fixed.
public struct LookBackReport: Sendable {
    public var comparison: ResultComparison
    public var before: AssessmentResult
    public var after: AssessmentResult
    public var generator: String

    public init(comparison: ResultComparison, before: AssessmentResult, after: AssessmentResult, generator: String = "dudao") {
        self.comparison = comparison
        self.before = before
        self.after = after
        self.generator = generator
    }

    public func render() -> String {
        HTMLRenderer(page: LookBackTemplate.page).render(self.context, generator: self.generator)
    }

    /// Whether an earlier finding is fixed now: the same unit and indicator no longer short.
    enum FindingState: String {
        case fixed, open, unknown

        var nameZh: String {
            switch self {
            case .fixed: "已整改"
            case .open: "未整改"
            case .unknown: "无法判断"
            }
        }

        /// The CSS class shared with outcomes.
        var cssClass: String {
            switch self {
            case .fixed: "met"
            case .open: "not_met"
            case .unknown: "not_assessable"
            }
        }
    }

    func state(of finding: Finding) -> (FindingState, Double?) {
        let same = { (other: Finding) in other.indicatorCode == finding.indicatorCode && other.scope == finding.scope && other.unitID == finding.unitID }
        if let still = self.after.findings.first(where: same) { return (.open, still.value) }
        guard let indicator = self.after.indicator(finding.indicatorCode, scope: finding.scope) else { return (.unknown, nil) }
        if let unitID = finding.unitID {
            guard let measure = indicator.breakdown.first(where: { $0.unitID == unitID }) else {
                return indicator.outcome == .met ? (.fixed, nil) : (.unknown, nil)
            }
            switch measure.outcome {
            case .met: return (.fixed, measure.value)
            case .notMet: return (.open, measure.value)
            case .notAssessable: return (.unknown, measure.value)
            }
        }
        switch indicator.outcome {
        case .met: return (.fixed, indicator.value)
        case .notMet: return (.open, indicator.value)
        case .notAssessable: return (.unknown, nil)
        }
    }

    var context: [String: Any] {
        let comparison = self.comparison
        let findings = self.before.findings.map { finding -> [String: Any] in
            let style = Workbook.style(of: finding, in: self.before)
            let (state, now) = self.state(of: finding)
            return [
                "unit": finding.unitName ?? "\(self.before.subject.name)（县级事项）",
                "indicator": "\(finding.indicatorCode) \(finding.nameZh)" + ResultReport.scopeTag(finding.scope, .zh),
                "before": finding.value.map(style.format) ?? "—", "after": now.map(style.format) ?? "—",
                "threshold": finding.threshold.map(style.format) ?? "—", "state": state.nameZh, "stateKey": state.cssClass,
            ]
        }
        let fixed = self.before.findings.filter { self.state(of: $0).0 == .fixed }.count
        func rows(_ indicators: [IndicatorComparison]) -> [[String: Any]] {
            indicators.map { indicator in
                let shown = self.after.indicator(indicator.code, scope: indicator.scope) ?? self.before.indicator(indicator.code, scope: indicator.scope)
                let style = shown.map(NumberStyle.init) ?? NumberStyle(unit: indicator.unit, decimals: 2)
                return [
                    "code": indicator.code, "name": indicator.nameZh, "scope": ResultReport.scopeName(indicator.scope, .zh),
                    "before": indicator.valueBefore.map(style.format) ?? (indicator.outcomeBefore == .notAssessable ? "不可评估" : "—"),
                    "after": indicator.valueAfter.map(style.format) ?? (indicator.outcomeAfter == .notAssessable ? "不可评估" : "—"),
                    "threshold": (indicator.thresholdAfter ?? indicator.thresholdBefore).map { "\(indicator.comparator.symbol) \(style.format($0))" } ?? "",
                    "change": indicator.change.nameZh,
                ]
            }
        }
        return [
            "title": self.after.titleZh,
            "subjectName": comparison.subject.name,
            "subjectCode": comparison.subject.code,
            "periodBefore": comparison.periodBefore.description,
            "periodAfter": comparison.periodAfter.description,
            "editionBefore": comparison.editionBefore,
            "editionAfter": comparison.editionAfter,
            "verdictBefore": comparison.verdictBefore.nameZh,
            "verdictAfter": comparison.verdictAfter.nameZh,
            "verdictKey": comparison.verdictAfter.rawValue,
            "verdictChange": comparison.verdictChange.nameZh,
            "improvedCount": comparison.indicators(.improved).count,
            "declinedCount": comparison.indicators(.declined).count,
            "fixedCount": fixed,
            "findingCount": self.before.findings.count,
            "findings": findings,
            "improved": rows(comparison.indicators(.improved)),
            "declined": rows(comparison.indicators(.declined)),
            "all": rows(comparison.indicators),
            "provenance": ["对照记录 \(comparison.earlierRecordID ?? "（本地对照）")；新输入摘要 \(self.after.inputDigest)"],
        ]
    }
}
