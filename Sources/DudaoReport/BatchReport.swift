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
                table.rows.append([String(index + 1), subject.code, subject.name, inputs[index].assessment, error.code.name, error.message])
            }
        }
        var out = [table.render(width: self.width)]
        for summary in summaries {
            out.append("")
            out.append(self.render(summary))
        }
        return out.joined(separator: "\n")
    }

    /// Whole numbers (counts, seeds) without decimals; others at 2 places.
    static func number(_ value: Double) -> String {
        Rounding.format(value, decimals: value.rounded() == value ? 0 : 2)
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
        let labelKeys = Array(Set(summary.rows.flatMap(\.labels.keys))).sorted()
        var table = TextTable(
            headers: (l == .zh ? ["名次", "代码", "名称"] : ["Rank", "Code", "Name"]) + valueKeys + labelKeys,
            rightAligned: Set(3..<(3 + valueKeys.count))
        )
        for row in summary.rows {
            table.rows.append(
                [row.rank.map(String.init) ?? "", row.subjectCode, row.subjectName]
                    + valueKeys.map { key in row.values[key].map { Rounding.format($0, decimals: wholeColumns.contains(key) ? 0 : 2) } ?? "" }
                    + labelKeys.map { row.labels[$0] ?? "" }
            )
        }
        if !summary.rows.isEmpty { out.append(table.render(width: self.width)) }
        for (key, value) in summary.statistics.sorted(by: { $0.key < $1.key }) {
            out.append("  \(key) = \(Self.number(value))")
        }
        out.append(contentsOf: (l == .zh ? summary.notesZh : summary.notesEn).map { "  * \($0)" })
        return out.joined(separator: "\n")
    }
}
