import DudaoCore

/// What each row of a scored tree's province table shows (`province.rows`), where a standard's
/// published table differs from the core's ranking summary: which measures, what the grade's label
/// is called, the weakest leaves by name, and whether the statistics count the verdicts.
struct PackProvinceRows: Sendable, Hashable {
    /// The label naming a row's grade.
    var gradeLabel = "grade"
    /// A label listing the weakest leaves' Chinese names (joined by 、), when given.
    var weakestNames: String?
    /// The measures a row shows: keys, or prefixes ending in `.`; `nil` keeps the core's
    /// (`total`, `grade_rank`, `score.<top code>`).
    var values: [String]?
    /// Whether the statistics count the subjects of each verdict (`verdict.pass`, …).
    var verdictCounts = true

    /// Reshapes the rows of `summary`, made by `ranking` in its order.
    func apply(to summary: inout BatchSummary, ranking: ScoreRanking, weakest: Int) {
        for (index, entry) in zip(summary.rows.indices, ranking.entries) {
            var row = summary.rows[index]
            if self.gradeLabel != "grade", let grade = row.labels.removeValue(forKey: "grade") {
                row.labels[self.gradeLabel] = grade
            }
            if let label = self.weakestNames {
                let names = ScoreRanking.weakest(entry.result, count: weakest).compactMap { entry.result.indicator($0)?.nameZh }
                row.labels[label] = names.joined(separator: "、")
            }
            if let shown = self.values {
                row.values = row.values.filter { key, _ in
                    shown.contains { $0.hasSuffix(".") ? key.hasPrefix($0) : key == $0 }
                }
            }
            summary.rows[index] = row
        }
        if !self.verdictCounts {
            summary.statistics = summary.statistics.filter { !$0.key.hasPrefix("verdict.") }
        }
    }
}
