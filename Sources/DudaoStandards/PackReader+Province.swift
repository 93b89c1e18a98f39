import DudaoCore

extension PackReader {
    /// `province.rows`: `grade_label`, `weakest_names`, `values` and `verdict_counts`.
    func readProvinceRows(_ node: PackNode) -> PackProvinceRows {
        node.allowOnly(["grade_label", "weakest_names", "values", "verdict_counts"])
        var rows = PackProvinceRows()
        if let label = node.optional("grade_label")?.text { rows.gradeLabel = label }
        rows.weakestNames = node.optional("weakest_names")?.text
        rows.values = node.optional("values")?.items.compactMap(\.text)
        if let counts = node.optional("verdict_counts")?.boolean { rows.verdictCounts = counts }
        return rows
    }

    /// `province.share`: `fact`, `target`, `statistic`, `label`, `count`, `unknown_count` and
    /// `unknown_note` (`{zh, en}`, with `{unknown}`).
    func readProvinceShare(_ node: PackNode) -> PackProvinceShare? {
        node.allowOnly(["fact", "target", "statistic", "label", "count", "unknown_count", "unknown_note"])
        guard let fact = node.required("fact")?.text, let target = node.required("target")?.text, let statistic = node.required("statistic")?.text,
            let label = node.required("label")?.text, let count = node.required("count")?.text, let unknown = node.required("unknown_count")?.text,
            let note = node.required("unknown_note")?.names
        else { return nil }
        return PackProvinceShare(
            fact: fact, target: target, statistic: statistic, label: label, count: count, unknownCount: unknown, unknownNoteZh: note.zh, unknownNoteEn: note.en
        )
    }
}
