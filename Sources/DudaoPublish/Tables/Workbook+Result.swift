public import DudaoCore
public import DudaoReport

extension Workbook {
    /// One evaluation: the verdict, the indicators, the rectification items, each school's
    /// figures and the parameters applied. A CSV file carries the indicator table.
    ///
    /// Scopes are named in the sheet's language (小学, not `primary`), and areas too when
    /// `areas` (the descriptor's groups) names them: a clerk reads these cells.
    public static func result(_ result: AssessmentResult, recordID: String? = nil, language: Language, areas: [IndicatorGroup] = []) -> Workbook {
        let l = language
        let verdict = Sheet(
            name: l.pick("结论", "Verdict"),
            headers: l == .zh
                ? ["代码", "名称", "评估项目", "评估期", "标准版本", "结论", "未达标或不可评估事项", "输入摘要", "记录编号"]
                : ["Code", "Name", "Assessment", "Period", "Edition", "Verdict", "Deciding items", "Input digest", "Record ID"],
            rows: [[
                .text(result.subject.code), .text(result.subject.name), .text(l.pick(result.titleZh, result.titleEn)),
                .text(result.period.description), .text(result.edition.id), .text(l.pick(result.verdict.nameZh, result.verdict.nameEn)),
                .text(Self.reasons(result, l)), .text(result.inputDigest), .text(recordID ?? ""),
            ]]
        )
        let parameters = Sheet(
            name: l.pick("参数", "Parameters"),
            headers: l == .zh ? ["参数", "名称", "值", "单位", "状态", "出处"] : ["Parameter", "Name", "Value", "Unit", "Status", "Source"],
            rows: result.parameters.map { parameter in
                let value: SheetCell = parameter.value.numberValue.map { .number($0, NumberStyle(unit: parameter.unit, decimals: Self.decimals(of: $0))) } ?? .text(parameter.value.description)
                return [.text(parameter.key), .text(l.pick(parameter.nameZh, parameter.nameEn)), value, .text(parameter.unit ?? ""), .text(parameter.status.label), .text(parameter.citation.description)]
            }
        )
        return Workbook(
            sheets: [verdict, self.indicatorSheet(result, l, areas: areas), self.findingSheet(result, l), self.breakdownSheet(result, l), parameters],
            csvSheet: 1
        )
    }

    /// The deciding items in one line, e.g. `B3 差异系数 [primary]；G2 …`.
    static func reasons(_ result: AssessmentResult, _ l: Language) -> String {
        result.reasons.map { reason in
            "\(reason.code)\(ResultReport.scopeTag(reason.scope, l)) \(l.pick(reason.nameZh, reason.nameEn))"
        }.joined(separator: l.pick("；", "; "))
    }

    /// Enough decimals to show a parameter exactly (parameters carry no display precision).
    static func decimals(of value: Double) -> Int {
        var decimals = 0
        while decimals < 4, Rounding.round(value, decimals: decimals) != value { decimals += 1 }
        return decimals
    }

    static func indicatorSheet(_ result: AssessmentResult, _ l: Language, areas: [IndicatorGroup]) -> Sheet {
        let areaNames = areas.names(l)
        return Sheet(
            name: l.pick("指标", "Indicators"),
            headers: l == .zh
                ? ["代码", "指标", "领域", "范围", "值", "比较", "标准", "单位", "结果", "决定结论", "依据状态", "出处", "说明"]
                : ["Code", "Indicator", "Area", "Scope", "Value", "Rule", "Threshold", "Unit", "Outcome", "Decides verdict", "Status", "Source", "Explanation"],
            rows: result.indicators.map { indicator in
                let style = NumberStyle(indicator)
                return [
                    .text(indicator.code), .text(l.pick(indicator.nameZh, indicator.nameEn)), .text(areaNames[indicator.group] ?? indicator.group), .text(ResultReport.scopeName(indicator.scope, l)),
                    .optional(indicator.value, style), .text(indicator.comparator.symbol), .optional(indicator.threshold, style),
                    .text(indicator.unit ?? ""), .text(Self.outcomeName(indicator.outcome, l)), .text(indicator.gating ? l.pick("是", "yes") : l.pick("否", "no")),
                    .text(indicator.status.label), .text(indicator.citation.description), .text(l.pick(indicator.explanationZh, indicator.explanationEn)),
                ]
            }
        )
    }

    static func findingSheet(_ result: AssessmentResult, _ l: Language) -> Sheet {
        Sheet(
            name: l.pick("整改事项", "Findings"),
            headers: l == .zh
                ? ["单位代码", "单位名称", "指标代码", "指标", "范围", "值", "标准", "差距", "单位", "整改期限", "说明"]
                : ["Unit ID", "Unit", "Indicator code", "Indicator", "Scope", "Value", "Threshold", "Short by", "Unit of measure", "Deadline", "Note"],
            rows: result.findings.map { finding in
                let style = Self.style(of: finding, in: result)
                return [
                    .text(finding.unitID ?? ""), .text(finding.unitName ?? ""), .text(finding.indicatorCode), .text(l.pick(finding.nameZh, finding.nameEn)),
                    .text(ResultReport.scopeName(finding.scope, l)), .optional(finding.value, style), .optional(finding.threshold, style), .optional(finding.shortfall, style),
                    .text(finding.unit ?? ""), .text(finding.deadline?.description ?? ""), .text(l.pick(finding.messageZh, finding.messageEn)),
                ]
            }
        )
    }

    /// A finding's figures follow its indicator's style where the result has it.
    static func style(of finding: Finding, in result: AssessmentResult) -> NumberStyle {
        if let indicator = result.indicators.first(where: { $0.code == finding.indicatorCode }) {
            return NumberStyle(indicator)
        }
        return NumberStyle(unit: finding.unit, decimals: 2)
    }

    /// Every school's value of every indicator computed across schools, with the rectification
    /// item a school has under that indicator: filtered by school, the sheet says why a row
    /// falls short.
    static func breakdownSheet(_ result: AssessmentResult, _ l: Language) -> Sheet {
        struct Row: Hashable {
            var indicator: String
            var unit: String?
            var scope: String?
        }
        var findings: [Row: [String]] = [:]
        for finding in result.findings {
            findings[Row(indicator: finding.indicatorCode, unit: finding.unitID, scope: finding.scope), default: []].append(l.pick(finding.messageZh, finding.messageEn))
        }
        var rows: [[SheetCell]] = []
        for indicator in result.indicators where !indicator.breakdown.isEmpty {
            let style = NumberStyle(unit: indicator.unit, decimals: indicator.decimals)
            for measure in indicator.breakdown {
                let scope = measure.scope ?? indicator.scope
                rows.append([
                    .text(indicator.code), .text(l.pick(indicator.nameZh, indicator.nameEn)), .text(measure.unitID), .text(measure.unitName),
                    .text(ResultReport.scopeName(scope, l)), .optional(measure.value, style), .optional(measure.threshold, style),
                    .text(Self.outcomeName(measure.outcome, l)),
                    .text(findings[Row(indicator: indicator.code, unit: measure.unitID, scope: scope)]?.joined(separator: l.pick("；", "; ")) ?? ""),
                ])
            }
        }
        return Sheet(
            name: l.pick("各校明细", "Per school"),
            headers: l == .zh
                ? ["指标代码", "指标", "单位代码", "单位名称", "范围", "值", "标准", "结果", "整改事项"]
                : ["Indicator code", "Indicator", "Unit ID", "Unit", "Scope", "Value", "Threshold", "Outcome", "Rectification"],
            rows: rows
        )
    }

    public static func outcomeName(_ outcome: Outcome, _ l: Language) -> String {
        l.pick(outcome.nameZh, outcome.rawValue.split(separator: "_").joined(separator: " "))
    }
}
