public import DudaoCore

/// Renders stored records: a listing (one line a record) and one record's header.
public struct RecordReport: Sendable {
    public var language: Language
    /// Display columns the tables fit in.
    public var width: Int

    public init(language: Language, width: Int = TextTable.defaultWidth) {
        self.language = language
        self.width = width
    }

    /// One row a record: id, region, assessment, period, verdict, caller, time (UTC+8).
    public func list(_ rows: [Row]) -> String {
        let l = self.language
        var table = TextTable(
            headers: l == .zh
                ? ["记录编号", "地区代码", "地区名称", "评估项目", "评估期", "结论", "调用方", "评估时间", "前一记录"]
                : ["Record ID", "Region code", "Region name", "Assessment", "Period", "Verdict", "Caller", "Evaluated at (UTC+8)", "Previous"],
            // A clerk copies the record id and the region code: never broken across lines.
            unbroken: [0, 1]
        )
        for row in rows {
            table.rows.append([
                row.id, row.subject.code, row.subject.name, row.assessment, row.period.description,
                l.pick(row.verdict.nameZh, row.verdict.nameEn), row.caller, RecordCSV.beijingTime(row.createdAt), row.previousRecordID ?? "",
            ])
        }
        return table.render(width: self.width)
    }

    /// The record's provenance above its result.
    public func render(_ record: EvaluationRecord) -> String {
        let l = self.language
        let lines = [
            l.pick("记录编号：\(record.id)", "Record: \(record.id)"),
            l.pick("评估时间：\(RecordCSV.beijingTime(record.createdAt))（北京时间）", "Evaluated at: \(RecordCSV.beijingTime(record.createdAt)) (UTC+8)"),
            l.pick("调用方：\(record.caller.clientName)", "Caller: \(record.caller.clientName)"),
            l.pick("服务版本：\(record.daemonVersion)", "Daemon version: \(record.daemonVersion)"),
            l.pick("输入摘要：\(record.inputDigest)", "Input digest: \(record.inputDigest)"),
        ] + (record.previousRecordID.map { [l.pick("前一记录：\($0)", "Previous record: \($0)")] } ?? [])
        return DisplayWidth.fit(lines.joined(separator: "\n"), width: self.width) + "\n\n" + ResultReport(language: l, width: self.width).render(record.result)
    }

    /// What a listing shows of a record.
    public struct Row: Sendable {
        public var id: String
        public var assessment: String
        public var subject: Subject
        public var period: Period
        public var verdict: Verdict
        public var caller: String
        public var createdAt: Int64
        public var previousRecordID: String?

        public init(id: String, assessment: String, subject: Subject, period: Period, verdict: Verdict, caller: String, createdAt: Int64, previousRecordID: String?) {
            self.id = id
            self.assessment = assessment
            self.subject = subject
            self.period = period
            self.verdict = verdict
            self.caller = caller
            self.createdAt = createdAt
            self.previousRecordID = previousRecordID
        }
    }
}
