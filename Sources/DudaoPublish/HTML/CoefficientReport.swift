public import DudaoCore
import DudaoReport

/// The 差异系数 view of one county: every coefficient against its limit, and for every
/// indicator computed school by school each school's value against the standard.
public struct CoefficientReport: Sendable {
    public var result: AssessmentResult
    public var generator: String

    public init(result: AssessmentResult, generator: String = "dudao") {
        self.result = result
        self.generator = generator
    }

    public static let coefficientChartTitle = "校际差异系数与限值"

    /// Whether the result has anything to show: a coefficient or a per-school breakdown.
    public var isApplicable: Bool { !self.coefficients.isEmpty || self.result.indicators.contains { !$0.breakdown.isEmpty } }

    var coefficients: [IndicatorResult] {
        self.result.indicators.filter { $0.nameZh.contains("差异系数") && $0.value != nil }
    }

    public func render() -> String {
        HTMLRenderer(page: CoefficientTemplate.page).render(self.context, generator: self.generator)
    }

    var context: [String: Any] {
        let coefficient = NumberStyle.coefficient
        let rows = self.coefficients.map { indicator -> [String: Any] in
            [
                "code": indicator.code, "name": indicator.nameZh, "scope": ResultReport.scopeName(indicator.scope, .zh),
                "value": indicator.value.map(coefficient.format) ?? "—",
                "limit": indicator.threshold.map { "\(indicator.comparator.symbol) \(coefficient.format($0))" } ?? "—",
                "outcome": indicator.outcome.nameZh, "outcomeKey": indicator.outcome.rawValue,
            ]
        }
        let bars = self.coefficients.map { indicator in
            SVGChart.Bar(
                label: indicator.code + (indicator.scope.map { " · \(ResultReport.scopeName($0, .zh))" } ?? ""),
                value: indicator.value ?? 0,
                text: "\(coefficient.format(indicator.value ?? 0))" + (indicator.threshold.map { " / 限 \(coefficient.format($0))" } ?? ""),
                short: indicator.outcome == .notMet
            )
        }
        let limits = Set(self.coefficients.compactMap(\.threshold))
        let strips = self.result.indicators.filter { !$0.breakdown.isEmpty }.map { indicator -> [String: Any] in
            let style = NumberStyle(unit: indicator.unit, decimals: indicator.decimals)
            let title = "\(indicator.code) \(indicator.nameZh)\(indicator.scope.map { "（\(ResultReport.scopeName($0, .zh))）" } ?? "")\(indicator.unit.map { "，\($0)" } ?? "")：各校与标准"
            let points = indicator.breakdown.compactMap { measure in
                measure.value.map { (label: measure.unitName, value: $0, short: measure.outcome == .notMet) }
            }
            return ["title": title, "chart": SVGChart.strip(title: title, points: points, standard: indicator.threshold, format: style.format)]
        }
        return [
            "title": self.result.titleZh,
            "subjectName": self.result.subject.name,
            "subjectCode": self.result.subject.code,
            "period": self.result.period.description,
            "verdict": self.result.verdict.nameZh,
            "coefficients": rows,
            "coefficientChartTitle": Self.coefficientChartTitle,
            "coefficientChart": SVGChart.horizontalBars(
                title: Self.coefficientChartTitle, bars: bars,
                reference: limits.count == 1 ? limits.first.map { (value: $0, label: "限值 \(coefficient.format($0))") } : nil, rowHeight: 20
            ),
            "strips": strips,
            "provenance": ["输入摘要 \(self.result.inputDigest)"],
        ]
    }
}
