public import DudaoCore

/// Renders an ``AssessmentResult`` as a readable report, in Chinese or English.
public struct ResultReport: Sendable {
    public var language: Language
    /// Display columns the tables fit in.
    public var width: Int

    public init(language: Language, width: Int = TextTable.defaultWidth) {
        self.language = language
        self.width = width
    }

    public func render(_ result: AssessmentResult) -> String {
        let l = self.language
        var out: [String] = []
        out.append(l.pick(result.titleZh, result.titleEn))
        out.append(
            l.pick(
                "对象：\(result.subject.name)（\(result.subject.code)）  评估期：\(result.period)",
                "Subject: \(result.subject.name) (\(result.subject.code))  Period: \(result.period)"
            )
        )
        out.append(
            l.pick(
                "标准版本：\(result.edition.id) \(result.edition.titleZh)（\(result.edition.effectiveFrom) 起施行）",
                "Edition: \(result.edition.id) \(result.edition.titleEn) (in force from \(result.edition.effectiveFrom))"
            )
        )
        if !result.parameterOverrides.isEmpty {
            let list = result.parameterOverrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
            out.append(l.pick("参数调整：\(list)", "Parameter overrides: \(list)"))
        }
        out.append(l.pick("结论：\(result.verdict.nameZh)", "Verdict: \(result.verdict.nameEn.uppercased())"))
        if !result.reasons.isEmpty {
            out.append("")
            out.append(l.pick("未达标或不可评估事项：", "Items deciding the verdict:"))
            for reason in result.reasons {
                let scope = reason.scope.map { " [\($0)]" } ?? ""
                out.append("  - \(reason.code)\(scope) \(l.pick(reason.nameZh, reason.nameEn))：\(l.pick(reason.messageZh, reason.messageEn))")
            }
        }
        out.append("")
        out.append(self.indicatorTable(result).render(width: self.width))
        if result.indicators.contains(where: { !$0.gating }) {
            out.append(l.pick("* 参考项：单独不决定结论（如各校分项，由“每校达标”规则判定）。", "* informative: does not decide the verdict by itself (e.g. per-school items, judged by the per-school rule)."))
        }
        let fired = result.firedVetoes
        if !fired.isEmpty {
            out.append("")
            out.append(l.pick("一票否决：", "Vetoes fired:"))
            for veto in fired {
                out.append("  - \(veto.code) \(l.pick(veto.nameZh, veto.nameEn))：\(l.pick(veto.explanationZh, veto.explanationEn))")
            }
        }
        if !result.findings.isEmpty {
            out.append("")
            out.append(l.pick("整改事项（\(result.findings.count)）：", "Findings to rectify (\(result.findings.count)):"))
            out.append(self.findingTable(result.findings).render(width: self.width))
        }
        if !result.missing.isEmpty {
            out.append("")
            out.append(l.pick("缺少的数据：", "Missing data:"))
            for field in result.missing {
                out.append("  - \(field.path) \(l.pick(field.nameZh, field.nameEn))")
            }
        }
        if !result.warnings.isEmpty {
            out.append("")
            out.append(l.pick("提示：", "Notes:"))
            for warning in result.warnings {
                out.append("  - \(l.pick(warning.messageZh, warning.messageEn))")
            }
        }
        out.append("")
        out.append(l.pick("输入摘要：", "Input digest: ") + result.inputDigest)
        return out.joined(separator: "\n")
    }

    func indicatorTable(_ result: AssessmentResult) -> TextTable {
        let l = self.language
        var table = TextTable(
            headers: l == .zh ? ["代码", "指标", "范围", "值", "标准", "单位", "结果", "依据"] : ["Code", "Indicator", "Scope", "Value", "Threshold", "Unit", "Outcome", "Status"],
            rightAligned: [3, 4]
        )
        for indicator in result.indicators {
            let threshold = indicator.threshold.map { "\(indicator.comparator.symbol) \(Self.display($0, of: indicator))" } ?? ""
            table.rows.append([
                indicator.code,
                l.pick(indicator.nameZh, indicator.nameEn),
                indicator.scope ?? "",
                indicator.value.map { Self.display($0, of: indicator) } ?? "—",
                threshold,
                indicator.unit ?? "",
                l.pick(indicator.outcome.nameZh, indicator.outcome.rawValue.replacingUnderscores()) + (indicator.gating ? "" : "*"),
                indicator.status.label,
            ])
        }
        return table
    }

    /// A value as shown: fractions whose unit is `%` as percentages, everything at the indicator's decimals.
    static func display(_ value: Double, of indicator: IndicatorResult) -> String {
        if indicator.unit == "%" {
            return Rounding.percent(value, decimals: max(0, indicator.decimals - 2))
        }
        return Rounding.format(value, decimals: indicator.decimals)
    }

    func findingTable(_ findings: [Finding]) -> TextTable {
        let l = self.language
        var table = TextTable(
            headers: l == .zh ? ["单位", "指标", "值", "标准", "差距", "说明"] : ["Unit", "Indicator", "Value", "Threshold", "Short by", "Note"],
            rightAligned: [2, 3, 4]
        )
        for finding in findings {
            let unit = [finding.unitName, finding.unitID.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
            table.rows.append([
                unit.isEmpty ? "—" : unit,
                "\(finding.indicatorCode) \(l.pick(finding.nameZh, finding.nameEn))",
                finding.value.map { Rounding.format($0, decimals: 2) } ?? "",
                finding.threshold.map { Rounding.format($0, decimals: 2) } ?? "",
                finding.shortfall.map { Rounding.format($0, decimals: 2) } ?? "",
                l.pick(finding.messageZh, finding.messageEn),
            ])
        }
        return table
    }
}

extension String {
    func replacingUnderscores() -> String { String(self.map { $0 == "_" ? " " : $0 }) }
}
