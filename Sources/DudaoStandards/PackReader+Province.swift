import DudaoCore

extension PackReader {
    /// `province.rows`: `grade_label`, `grade_code`, `grade_counts`, `weakest_names`, `values`,
    /// `left_out` and `verdict_counts`.
    func readProvinceRows(_ node: PackNode) -> PackProvinceRows {
        node.allowOnly(["grade_label", "grade_code", "grade_counts", "weakest_names", "values", "left_out", "verdict_counts"])
        var rows = PackProvinceRows()
        if let label = node.optional("grade_label")?.text { rows.gradeLabel = label }
        rows.weakestNames = node.optional("weakest_names")?.text
        rows.values = node.optional("values")?.items.compactMap(\.text)
        if let counts = node.optional("verdict_counts")?.boolean { rows.verdictCounts = counts }
        rows.gradeCodeLabel = node.optional("grade_code")?.text
        if let counts = node.optional("grade_counts") {
            rows.gradeCounts = counts.boolean ?? false
            if rows.gradeCounts && rows.gradeCodeLabel == nil { counts.fail("bad-rule", "province.rows.grade_counts counts the grade codes: it needs grade_code") }
        }
        rows.leftOut = node.optional("left_out")?.items.compactMap(\.text) ?? []
        return rows
    }

    /// `province.sample`: `kinds` (default county), `fraction`, `seed`, `forced` and `excluded`
    /// (parameters).
    func readProvinceSample(_ node: PackNode) -> PackProvinceSample? {
        node.allowOnly(["kinds", "fraction", "seed", "forced", "excluded"])
        var kinds: [SubjectKind] = [.county]
        if let list = node.optional("kinds") {
            kinds = list.items.compactMap { item in
                guard let name = item.text else { return nil }
                guard let kind = SubjectKind(rawValue: name) else {
                    item.fail("bad-rule", "province.sample.kinds: \(name) is not a subject kind")
                    return nil
                }
                return kind
            }
        }
        guard let fraction = node.required("fraction")?.text, let seed = node.required("seed")?.text, let forced = node.required("forced")?.text,
            let excluded = node.required("excluded")?.text
        else { return nil }
        return PackProvinceSample(kinds: kinds, fraction: fraction, seed: seed, forced: forced, excluded: excluded)
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
