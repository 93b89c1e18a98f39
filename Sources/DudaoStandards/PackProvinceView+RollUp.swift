import DudaoCore

extension PackProvinceView {
    /// The figures of a batch a pack names (`statistics: {count: counties, totals: [schools, …]}`):
    /// the number of subjects under `count` and, for each measure in `totals`, its sum over them.
    /// They replace the default figures (`subjects` and `pass_share`).
    struct Statistics: Sendable, Hashable {
        var count: String
        var totals: [String]
    }

    /// A label of each subject's row listing the units of a tally, e.g. the schools not cleared.
    struct UnitList: Sendable, Hashable {
        var label: String
        var tally: PackUnitTally
    }

    /// The declared figures of the batch, or `nil` for the default ones.
    func declaredStatistics(_ results: [AssessmentResult]) -> [String: Double]? {
        guard let statistics = self.statistics else { return nil }
        var figures = [statistics.count: Double(results.count)]
        for key in statistics.totals {
            figures[key] = results.reduce(0) { $0 + ($1.measures[key] ?? 0) }
        }
        return figures
    }

    /// A subject's row labels: its verdict, every declared list of units and the number of its
    /// findings when the pack names a label for it.
    func labels(_ result: AssessmentResult) -> [String: String] {
        var labels = ["verdict": result.verdict.rawValue]
        if let label = self.findingCount { labels[label] = "\(result.findings.count)" }
        for list in self.unitLists {
            labels[list.label] = list.tally.units(result.indicators).map(\.unitID).joined(separator: ",")
        }
        return labels
    }
}

extension PackReader {
    /// `province:` (see `docs/StandardPacks.md`).
    func readProvince(_ node: PackNode) -> PackProvinceView {
        node.allowOnly(["rank_by", "target_share", "title", "notes", "rows", "share", "statistics", "unit_lists", "finding_count", "sample"])
        let title = node.optional("title")?.names
        let notes = (node.optional("notes")?.items ?? []).compactMap(\.names)
        var view = PackProvinceView(
            rankBy: node.optional("rank_by")?.text, targetShare: node.optional("target_share")?.text,
            titleZh: title?.zh, titleEn: title?.en, notesZh: notes.map(\.zh), notesEn: notes.map(\.en)
        )
        if let rows = node.optional("rows") { view.rows = self.readProvinceRows(rows) }
        view.share = node.optional("share").flatMap(self.readProvinceShare)
        view.sample = node.optional("sample").flatMap(self.readProvinceSample)
        view.findingCount = node.optional("finding_count")?.text
        if let statistics = node.optional("statistics") {
            statistics.allowOnly(["count", "totals"])
            view.statistics = PackProvinceView.Statistics(
                count: statistics.optional("count")?.text ?? "subjects", totals: statistics.optional("totals")?.items.compactMap(\.text) ?? []
            )
        }
        for (label, list) in node.optional("unit_lists")?.entries ?? [] {
            list.allowOnly(["units", "outcome"])
            if let tally = self.readUnitTally(list) { view.unitLists.append(PackProvinceView.UnitList(label: label, tally: tally)) }
        }
        return view
    }
}
