public import DudaoCore

/// Renders a batch run: one line per subject, then each batch view (ranking, roll-up, batch rule).
public struct BatchReport: Sendable {
    public var language: Language
    /// Display columns the tables fit in.
    public var width: Int

    public init(language: Language, width: Int = TextTable.defaultWidth) {
        self.language = language
        self.width = width
    }

    public func render(
        inputs: [AssessmentInput],
        items: [(index: Int, outcome: Result<AssessmentResult, DudaoError>)],
        summaries: [BatchSummary]
    ) -> String {
        let l = self.language
        var table = TextTable(headers: l == .zh ? ["#", "代码", "名称", "评估", "结论", "未达标事项"] : ["#", "Code", "Name", "Assessment", "Verdict", "Deciding items"])
        for (index, outcome) in items {
            let subject = inputs[index].subject
            switch outcome {
            case .success(let result):
                let reasons = result.reasons.prefix(4).map(\.code).joined(separator: ", ") + (result.reasons.count > 4 ? " …" : "")
                table.rows.append([String(index + 1), subject.code, subject.name, result.assessment, l.pick(result.verdict.nameZh, result.verdict.nameEn), reasons])
            case .failure(let error):
                table.rows.append([String(index + 1), subject.code, subject.name, inputs[index].assessment, l.pick("输入有误", "input error"), Self.errorText(error, l)])
            }
        }
        var out = [table.render(width: self.width)]
        for summary in summaries {
            out.append("")
            out.append(self.render(summary))
        }
        return DisplayWidth.fit(out.joined(separator: "\n"), width: self.width)
    }

    /// An item's error as the clerk acts on it: each rule broken, where, in the language.
    public static func errorText(_ error: DudaoError, _ l: Language) -> String {
        guard !error.violations.isEmpty else { return error.message }
        return error.violations.map { "\($0.path)\(l.pick("：", ": "))\(l.pick($0.messageZh, $0.messageEn))" }.joined(separator: "; ")
    }

    /// Text longer than this (display columns) is listed under a batch view's table.
    static let longText = 24

    /// A figure of a batch view: large ones (sums of money, headcounts) with thousands
    /// separators, except seeds, which are identifiers to copy.
    static func number(_ value: Double, decimals: Int, key: String) -> String {
        abs(value) >= 10000 && !key.contains("seed") ? Rounding.grouped(value, decimals: decimals) : Rounding.format(value, decimals: decimals)
    }

    public func render(_ summary: BatchSummary) -> String {
        let l = self.language
        var out = [l.pick(summary.titleZh, summary.titleEn)]
        if let verdict = summary.verdict {
            out.append(l.pick("批次结论：\(verdict.nameZh)", "Batch verdict: \(verdict.nameEn)"))
        }
        let valueKeys = Array(Set(summary.rows.flatMap(\.values.keys))).sorted()
        // A column of whole numbers (counts, ranks) shows without decimals; any other at 2 places.
        let wholeColumns = Set(valueKeys.filter { key in summary.rows.allSatisfy { row in row.values[key].map { $0.rounded() == $0 } ?? true } })
        let allLabels = SummaryColumns.labelKeys(Array(Set(summary.rows.flatMap(\.labels.keys))).sorted(), l)
        // Long text (the weakest items, a grade with its reason) goes under the table, not in a column of fragments.
        let longLabels = allLabels.filter { key in summary.rows.contains { DisplayWidth.of($0.labels[key] ?? "") > Self.longText } }
        let labelKeys = allLabels.filter { !longLabels.contains($0) }
        var table = TextTable(
            headers: (l == .zh ? ["名次", "代码", "名称"] : ["Rank", "Code", "Name"]) + (valueKeys + labelKeys).map { SummaryColumns.name($0, l) },
            rightAligned: Set(3..<(3 + valueKeys.count))
        )
        for row in summary.rows {
            table.rows.append(
                [row.rank.map(String.init) ?? "", row.subjectCode, row.subjectName]
                    + valueKeys.map { key in row.values[key].map { Self.number($0, decimals: wholeColumns.contains(key) ? 0 : 2, key: key) } ?? "" }
                    + labelKeys.map { row.labels[$0].map { SummaryColumns.word($0, l) } ?? "" }
            )
        }
        if !summary.rows.isEmpty { out.append(table.render(width: self.width)) }
        for row in summary.rows {
            let texts = longLabels.compactMap { key in
                row.labels[key].flatMap { $0.isEmpty ? nil : "\(SummaryColumns.name(key, l))\(l.pick("：", ": "))\(SummaryColumns.word($0, l))" }
            }
            if !texts.isEmpty { out.append("  - \(row.subjectCode) \(row.subjectName)\(l.pick("：", ": "))\(texts.joined(separator: l.pick("；", "; ")))") }
        }
        for (key, value) in summary.statistics.sorted(by: { $0.key < $1.key }) {
            out.append("  \(SummaryColumns.name(key, l)) = \(Self.number(value, decimals: value.rounded() == value ? 0 : 2, key: key))")
        }
        out.append(contentsOf: (l == .zh ? summary.notesZh : summary.notesEn).map { "  * \($0)" })
        return DisplayWidth.fit(out.joined(separator: "\n"), width: self.width)
    }
}
