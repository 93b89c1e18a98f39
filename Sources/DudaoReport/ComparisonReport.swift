public import DudaoCore

/// Renders a look-back (回头看) comparison: the verdict before and after, and for every indicator
/// the old and new value and threshold and whether it got better or worse.
public struct ComparisonReport: Sendable {
    public var language: Language
    /// Display columns the tables fit in.
    public var width: Int

    public init(language: Language, width: Int = TextTable.defaultWidth) {
        self.language = language
        self.width = width
    }

    /// - Parameters:
    ///   - before: The earlier result, for the indicators' display precision.
    ///   - after: The new result, likewise.
    public func render(_ comparison: ResultComparison, before: AssessmentResult, after: AssessmentResult) -> String {
        let l = self.language
        let verdict = { (verdict: Verdict) in l.pick(verdict.nameZh, verdict.nameEn) }
        var lines: [String] = []
        lines.append(l.pick("回头看：\(comparison.subject.name)（\(comparison.subject.code)）", "Look-back: \(comparison.subject.name) (\(comparison.subject.code))"))
        if let earlier = comparison.earlierRecordID {
            lines.append(l.pick("对照记录：\(earlier)", "Compared with record: \(earlier)"))
        }
        lines.append(
            l.pick(
                "评估期：\(comparison.periodBefore) → \(comparison.periodAfter)；标准版本：\(comparison.editionBefore) → \(comparison.editionAfter)",
                "Period: \(comparison.periodBefore) → \(comparison.periodAfter); edition: \(comparison.editionBefore) → \(comparison.editionAfter)"
            )
        )
        lines.append(
            l.pick(
                "结论：\(verdict(comparison.verdictBefore)) → \(verdict(comparison.verdictAfter))（\(Self.changeName(comparison.verdictChange, l))）",
                "Verdict: \(verdict(comparison.verdictBefore)) → \(verdict(comparison.verdictAfter)) (\(Self.changeName(comparison.verdictChange, l)))"
            )
        )
        lines.append("")
        var table = TextTable(
            headers: l == .zh
                ? ["指标", "范围", "原值", "原标准", "新值", "新标准", "变化"]
                : ["Indicator", "Scope", "Before", "Threshold before", "After", "Threshold after", "Change"],
            rightAligned: [2, 3, 4, 5]
        )
        for indicator in comparison.indicators {
            let old = before.indicator(indicator.code, scope: indicator.scope)
            let new = after.indicator(indicator.code, scope: indicator.scope)
            let shown = new ?? old
            func display(_ value: Double?, _ outcome: Outcome?) -> String {
                guard let value else { return outcome == .notAssessable ? l.pick("不可评估", "not assessable") : "—" }
                guard let shown else { return Rounding.format(value, decimals: 2) }
                return ResultReport.display(value, of: shown)
            }
            func threshold(_ value: Double?) -> String {
                guard let value else { return "—" }
                let text = shown.map { ResultReport.display(value, of: $0) } ?? Rounding.format(value, decimals: 2)
                return "\(indicator.comparator.rawValue.hasPrefix("is") ? "" : indicator.comparator.rawValue + " ")\(text)"
            }
            table.rows.append([
                "\(indicator.code) \(l.pick(indicator.nameZh, indicator.nameEn))",
                ResultReport.scopeName(indicator.scope, l),
                display(indicator.valueBefore, indicator.outcomeBefore),
                threshold(indicator.thresholdBefore),
                display(indicator.valueAfter, indicator.outcomeAfter),
                threshold(indicator.thresholdAfter),
                Self.changeName(indicator.change, l),
            ])
        }
        lines.append(table.render(width: self.width))
        let improved = comparison.indicators(.improved).count
        let declined = comparison.indicators(.declined).count
        lines.append("")
        lines.append(l.pick("改善 \(improved) 项，退步 \(declined) 项。", "\(improved) improved, \(declined) declined."))
        return DisplayWidth.fit(lines.joined(separator: "\n"), width: self.width)
    }

    public static func changeName(_ change: ComparisonChange, _ language: Language) -> String {
        switch language {
        case .zh: change.nameZh
        case .en:
            switch change {
            case .improved: "better"
            case .declined: "worse"
            case .unchanged: "same"
            case .newlyAssessable: "newly assessable"
            case .noLongerAssessable: "no longer assessable"
            }
        }
    }
}
