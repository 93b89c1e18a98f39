public import DudaoCore
import DudaoReport

/// One evaluation as a page to publish or print: the verdict in words, the indicators grouped
/// by area with the standard's wording and each figure's source and status, the 整改 list by
/// school, excluded units, the edition and parameters applied, the input digest and record id.
public struct EvaluationReport: Sendable {
    public var result: AssessmentResult
    public var recordID: String?
    /// The areas' names by group code, from the assessment's descriptor (codes show otherwise).
    public var areaNames: [String: String]
    public var generator: String

    public init(result: AssessmentResult, recordID: String? = nil, areas: [IndicatorGroup] = [], generator: String = "dudao") {
        self.result = result
        self.recordID = recordID
        self.areaNames = areas.names(.zh)
        self.generator = generator
    }

    /// The chart's title, also checked by the print test.
    public static let chartTitle = "各领域指标达标情况"

    public func render() -> String {
        HTMLRenderer(page: EvaluationTemplate.page).render(self.context, generator: self.generator)
    }

    var context: [String: Any] {
        let result = self.result
        let indicators = result.indicators
        let count = { (outcome: Outcome) in indicators.filter { $0.gating && $0.outcome == outcome }.count }
        var context: [String: Any] = [
            "title": result.titleZh,
            "subjectName": result.subject.name,
            "subjectCode": result.subject.code,
            "period": result.period.description,
            "verdict": result.verdict.nameZh,
            "verdictKey": result.verdict.rawValue,
            "verdictSentence": Self.verdictSentence(result),
            "metCount": count(.met),
            "notMetCount": count(.notMet),
            "notAssessableCount": count(.notAssessable),
            "findingCount": result.findings.count,
            "chartTitle": Self.chartTitle,
            "chart": self.areaChart,
            "editionTitle": result.edition.titleZh,
            "editionID": result.edition.id,
            "editionFrom": result.edition.effectiveFrom.description,
            "assessment": result.assessment,
            "assessmentVersion": result.assessmentVersion,
            "inputDigest": result.inputDigest,
            "recordID": self.recordID ?? "（本地评估，未存档）",
            "provenance": ["输入摘要 \(result.inputDigest)" + (self.recordID.map { "；记录编号 \($0)" } ?? "")],
        ]
        context["overrides"] = result.parameterOverrides.isEmpty ? "" :
            "；参数调整：" + result.parameterOverrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "，")
        let reasons: [[String: Any]] = result.reasons.map { ["code": $0.code, "scope": ResultReport.scopeTag($0.scope, .zh), "name": $0.nameZh, "message": $0.messageZh] }
        context["reasons"] = reasons
        context["hasReasons"] = !reasons.isEmpty
        let vetoes: [[String: Any]] = result.firedVetoes.map { ["code": $0.code, "name": $0.nameZh, "explanation": $0.explanationZh] }
        context["vetoes"] = vetoes
        context["hasVetoes"] = !vetoes.isEmpty
        context["groups"] = Self.groups(indicators, names: self.areaNames)
        let findings = self.findingGroups
        context["findingGroups"] = findings
        context["hasFindings"] = !findings.isEmpty
        let notes = result.warnings.map(\.messageZh)
        context["notes"] = notes
        context["hasNotes"] = !notes.isEmpty
        let missing: [[String: Any]] = result.missing.map { ["path": $0.path, "name": $0.nameZh] }
        context["missing"] = missing
        context["hasMissing"] = !missing.isEmpty
        context["parameters"] = result.parameters.map { parameter -> [String: Any] in
            let value = parameter.value.numberValue.map { NumberStyle(unit: parameter.unit, decimals: Workbook.decimals(of: $0)).format($0) } ?? parameter.value.description
            return ["key": parameter.key, "name": parameter.nameZh, "value": value, "unit": parameter.unit ?? "", "status": parameter.status.label, "citation": parameter.citation.description]
        }
        return context
    }

    /// The verdict in one sentence, as a notice would state it.
    static func verdictSentence(_ result: AssessmentResult) -> String {
        switch result.verdict {
        case .pass:
            "\(result.subject.name)\(result.period)年度\(result.titleZh)结论为“\(result.verdict.nameZh)”：决定结论的各项均达到标准。"
        case .fail:
            "\(result.subject.name)\(result.period)年度\(result.titleZh)结论为“\(result.verdict.nameZh)”：\(result.reasons.count) 项未达到标准或触发否决，见下文。"
        case .notAssessable:
            "\(result.subject.name)\(result.period)年度\(result.titleZh)暂不能作出结论：缺少决定结论所需的数据，见下文。"
        }
    }

    /// Indicators by area, in the order the areas first appear.
    static func groups(_ indicators: [IndicatorResult], names: [String: String]) -> [[String: Any]] {
        var order: [String] = []
        var byGroup: [String: [[String: Any]]] = [:]
        for indicator in indicators {
            if byGroup[indicator.group] == nil { order.append(indicator.group) }
            byGroup[indicator.group, default: []].append(self.row(indicator))
        }
        return order.map { ["name": Self.areaName($0, names), "indicators": byGroup[$0] ?? []] }
    }

    /// An area's name: from the descriptor, else its code.
    static func areaName(_ code: String, _ names: [String: String]) -> String {
        names[code] ?? (code.isEmpty ? "其他" : code)
    }

    static func row(_ indicator: IndicatorResult) -> [String: Any] {
        let style = NumberStyle(indicator)
        let threshold = indicator.threshold.map { "\(indicator.comparator.symbol) \(style.format($0))" } ?? (indicator.comparator.symbol == "是" ? "是" : "")
        return [
            "code": indicator.code,
            "name": indicator.nameZh,
            "gating": indicator.gating,
            "explanation": indicator.explanationZh,
            "scope": ResultReport.scopeName(indicator.scope, .zh),
            "value": indicator.value.map(style.format) ?? "—",
            "threshold": threshold,
            "outcome": indicator.outcome.nameZh,
            "outcomeKey": indicator.outcome.rawValue,
            "status": indicator.status.label,
            "citation": indicator.citation.description,
        ]
    }

    /// 整改 items by school (the county's own items under the county's name).
    var findingGroups: [[String: Any]] {
        var order: [String] = []
        var byUnit: [String: [[String: Any]]] = [:]
        for finding in self.result.findings {
            let unit = finding.unitName.map { name in finding.unitID.map { "\(name)（\($0)）" } ?? name } ?? "\(self.result.subject.name)（县级事项）"
            if byUnit[unit] == nil { order.append(unit) }
            let style = Workbook.style(of: finding, in: self.result)
            byUnit[unit, default: []].append([
                "indicator": "\(finding.indicatorCode) \(finding.nameZh)" + ResultReport.scopeTag(finding.scope, .zh),
                "value": finding.value.map(style.format) ?? "—",
                "threshold": finding.threshold.map(style.format) ?? "—",
                "shortfall": finding.shortfall.map(style.format) ?? "—",
                "deadline": finding.deadline?.description ?? "",
                "message": finding.messageZh,
            ])
        }
        return order.map { ["unit": $0, "items": byUnit[$0] ?? []] }
    }

    /// Per area: how many deciding indicators are met, as bars of the share met.
    var areaChart: String {
        var order: [String] = []
        var tally: [String: (met: Int, all: Int)] = [:]
        for indicator in self.result.indicators where indicator.gating {
            if tally[indicator.group] == nil { order.append(indicator.group) }
            var entry = tally[indicator.group] ?? (0, 0)
            entry.all += 1
            if indicator.outcome == .met { entry.met += 1 }
            tally[indicator.group] = entry
        }
        let bars = order.map { group -> SVGChart.Bar in
            let entry = tally[group] ?? (0, 1)
            return SVGChart.Bar(label: Self.areaName(group, self.areaNames), value: Double(entry.met) / Double(max(entry.all, 1)), text: "\(entry.met)/\(entry.all) 项达标", short: entry.met < entry.all)
        }
        return SVGChart.horizontalBars(title: Self.chartTitle, bars: bars, reference: (1, "全部达标"), rowHeight: 22)
    }
}
