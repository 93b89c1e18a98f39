public import DudaoCore
public import DudaoReport

extension Workbook {
    /// A batch run: the verdict of every subject first, then every indicator of every subject
    /// (one row a subject and indicator, so a pivot table can be built on it), then each batch view.
    /// Areas are named as `areas` (the descriptors' groups) names them.
    public static func batch(
        inputs: [AssessmentInput],
        items: [(index: Int, outcome: Result<AssessmentResult, DudaoError>)],
        summaries: [BatchSummary],
        language: Language,
        areas: [IndicatorGroup] = []
    ) -> Workbook {
        let l = language
        let areaNames = areas.names(l)
        var verdicts = Sheet(
            name: l.pick("结论", "Verdicts"),
            headers: l == .zh
                ? ["序号", "代码", "名称", "评估项目", "评估期", "结论", "未达标或不可评估事项", "错误"]
                : ["#", "Code", "Name", "Assessment", "Period", "Verdict", "Deciding items", "Error"]
        )
        var indicators = Sheet(
            name: l.pick("指标", "Indicators"),
            headers: l == .zh
                ? ["代码", "名称", "指标代码", "指标", "领域", "范围", "值", "比较", "标准", "单位", "结果"]
                : ["Code", "Name", "Indicator code", "Indicator", "Area", "Scope", "Value", "Rule", "Threshold", "Unit", "Outcome"]
        )
        for (index, outcome) in items {
            let subject = inputs[index].subject
            switch outcome {
            case .success(let result):
                verdicts.rows.append([
                    .number(Double(index + 1), .count), .text(subject.code), .text(subject.name), .text(l.pick(result.titleZh, result.titleEn)),
                    .text(result.period.description), .text(l.pick(result.verdict.nameZh, result.verdict.nameEn)), .text(Self.reasons(result, l)), .empty,
                ])
                for indicator in result.indicators {
                    let style = NumberStyle(indicator)
                    indicators.rows.append([
                        .text(subject.code), .text(subject.name), .text(indicator.code), .text(l.pick(indicator.nameZh, indicator.nameEn)),
                        .text(areaNames[indicator.group] ?? indicator.group), .text(ResultReport.scopeName(indicator.scope, l)), .optional(indicator.value, style), .text(indicator.comparator.symbol),
                        .optional(indicator.threshold, style), .text(indicator.unit ?? ""), .text(Self.outcomeName(indicator.outcome, l)),
                    ])
                }
            case .failure(let error):
                verdicts.rows.append([
                    .number(Double(index + 1), .count), .text(subject.code), .text(subject.name), .text(inputs[index].assessment),
                    .text(inputs[index].period.description), .text(error.code.name), .empty, .text(error.message),
                ])
            }
        }
        return Workbook(sheets: [verdicts, indicators] + summaries.map { self.summarySheet($0, l) })
    }

    /// A batch view (ranking, roll-up) as a sheet: rank, code, name, then its figures and labels.
    static func summarySheet(_ summary: BatchSummary, _ l: Language) -> Sheet {
        let valueKeys = Array(Set(summary.rows.flatMap(\.values.keys))).sorted()
        let labelKeys = Array(Set(summary.rows.flatMap(\.labels.keys))).sorted()
        let whole = Set(valueKeys.filter { key in summary.rows.allSatisfy { row in row.values[key].map { $0.rounded() == $0 } ?? true } })
        return Sheet(
            name: l.pick(summary.titleZh, summary.titleEn),
            headers: (l == .zh ? ["名次", "代码", "名称"] : ["Rank", "Code", "Name"]) + valueKeys + labelKeys,
            rows: summary.rows.map { row in
                [SheetCell.optional(row.rank.map { Double($0) }, .count), .text(row.subjectCode), .text(row.subjectName)]
                    + valueKeys.map { key in .optional(row.values[key], whole.contains(key) ? .count : .decimal(2)) }
                    + labelKeys.map { .text(row.labels[$0] ?? "") }
            }
        )
    }
}
