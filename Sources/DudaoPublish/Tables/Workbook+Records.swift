public import DudaoCore
public import DudaoReport

extension Workbook {
    /// A listing of stored records (`records list`, `history`): one row a record, times in
    /// Beijing time.
    public static func records(_ rows: [RecordReport.Row], language: Language) -> Workbook {
        let l = language
        return Workbook(sheets: [
            Sheet(
                name: l.pick("记录", "Records"),
                headers: l == .zh
                    ? ["记录编号", "地区代码", "地区名称", "评估项目", "评估期", "结论", "调用方", "评估时间（北京时间）", "前一记录"]
                    : ["Record ID", "Region code", "Region name", "Assessment", "Period", "Verdict", "Caller", "Evaluated at (UTC+8)", "Previous"],
                rows: rows.map { row in
                    [
                        .text(row.id), .text(row.subject.code), .text(row.subject.name), .text(row.assessment), .text(row.period.description),
                        .text(l.pick(row.verdict.nameZh, row.verdict.nameEn)), .text(row.caller), .text(RecordCSV.beijingTime(row.createdAt)),
                        .text(row.previousRecordID ?? ""),
                    ]
                }
            )
        ])
    }

    /// Full records (`records export`): the 公示 table, one row a record with its unmet items.
    public static func publication(_ records: [EvaluationRecord], language: Language) -> Workbook {
        let l = language
        return Workbook(sheets: [
            Sheet(
                name: l.pick("公示", "Notice"),
                headers: l == .zh
                    ? ["序号", "地区代码", "地区名称", "评估项目", "标准版本", "评估期", "结论", "未达标或不可评估事项", "记录编号", "评估时间（北京时间）"]
                    : ["#", "Region code", "Region name", "Assessment", "Edition", "Period", "Verdict", "Deciding items", "Record ID", "Evaluated at (UTC+8)"],
                rows: records.enumerated().map { index, record in
                    [
                        .number(Double(index + 1), .count), .text(record.subject.code), .text(record.subject.name),
                        .text(l.pick(record.result.titleZh, record.result.titleEn)), .text(l.pick(record.result.edition.titleZh, record.result.edition.titleEn)),
                        .text(record.period.description), .text(l.pick(record.verdict.nameZh, record.verdict.nameEn)), .text(Self.reasons(record.result, l)),
                        .text(record.id), .text(RecordCSV.beijingTime(record.createdAt)),
                    ]
                }
            )
        ])
    }
}
