public import DudaoCore
public import DudaoReport

extension Workbook {
    /// A look-back (回头看): the verdict before and after, then every indicator's change.
    public static func comparison(_ comparison: ResultComparison, before: AssessmentResult, after: AssessmentResult, language: Language) -> Workbook {
        let l = language
        let verdict = Sheet(
            name: l.pick("结论", "Verdict"),
            headers: l == .zh
                ? ["代码", "名称", "原评估期", "新评估期", "原标准版本", "新标准版本", "原结论", "新结论", "变化", "对照记录"]
                : ["Code", "Name", "Period before", "Period after", "Edition before", "Edition after", "Verdict before", "Verdict after", "Change", "Compared with"],
            rows: [[
                .text(comparison.subject.code), .text(comparison.subject.name), .text(comparison.periodBefore.description), .text(comparison.periodAfter.description),
                .text(comparison.editionBefore), .text(comparison.editionAfter), .text(l.pick(comparison.verdictBefore.nameZh, comparison.verdictBefore.nameEn)),
                .text(l.pick(comparison.verdictAfter.nameZh, comparison.verdictAfter.nameEn)), .text(ComparisonReport.changeName(comparison.verdictChange, l)),
                .text(comparison.earlierRecordID ?? ""),
            ]]
        )
        let indicators = Sheet(
            name: l.pick("指标变化", "Changes"),
            headers: l == .zh
                ? ["代码", "指标", "范围", "比较", "原值", "原标准", "新值", "新标准", "单位", "变化"]
                : ["Code", "Indicator", "Scope", "Rule", "Before", "Threshold before", "After", "Threshold after", "Unit", "Change"],
            rows: comparison.indicators.map { indicator in
                let shown = after.indicator(indicator.code, scope: indicator.scope) ?? before.indicator(indicator.code, scope: indicator.scope)
                let style = shown.map(NumberStyle.init) ?? NumberStyle(unit: indicator.unit, decimals: 2)
                return [
                    .text(indicator.code), .text(l.pick(indicator.nameZh, indicator.nameEn)), .text(ResultReport.scopeName(indicator.scope, l)), .text(indicator.comparator.symbol),
                    .optional(indicator.valueBefore, style), .optional(indicator.thresholdBefore, style), .optional(indicator.valueAfter, style),
                    .optional(indicator.thresholdAfter, style), .text(indicator.unit ?? ""), .text(ComparisonReport.changeName(indicator.change, l)),
                ]
            }
        )
        return Workbook(sheets: [verdict, indicators], csvSheet: 1)
    }
}
