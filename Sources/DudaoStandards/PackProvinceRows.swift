import DudaoCore

/// What each row of a scored tree's province table shows (`province.rows`), where a standard's
/// published table differs from the core's ranking summary: which measures and labels, what the
/// grade's label is called, the grade's code, the weakest leaves by name, and whether the
/// statistics count the verdicts or the grades.
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
    /// A label giving the grade's band code (`excellent`), by the result's own parameters.
    var gradeCodeLabel: String?
    /// Whether the statistics count the subjects of each band (`grade.excellent`, …); needs
    /// `gradeCodeLabel`.
    var gradeCounts = false
    /// Labels of the core's rows left out (`weakest`, `missing`).
    var leftOut: [String] = []

    /// Reshapes the rows of `summary`, made by `ranking` in its order.
    func apply(to summary: inout BatchSummary, ranking: ScoreRanking, weakest: Int, tree: PackTree) {
        for (index, entry) in zip(summary.rows.indices, ranking.entries) {
            var row = summary.rows[index]
            for label in self.leftOut { row.labels[label] = nil }
            if self.gradeLabel != "grade", let grade = row.labels.removeValue(forKey: "grade") {
                row.labels[self.gradeLabel] = grade
            }
            if let label = self.gradeCodeLabel, let code = Self.gradeCode(entry.result, tree: tree) {
                row.labels[label] = code
                if self.gradeCounts { summary.statistics["grade.\(code)", default: 0] += 1 }
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

    /// The code of the band a result's grade rank names, under the result's own parameters
    /// (overrides included); `nil` while the grade is not assessable.
    static func gradeCode(_ result: AssessmentResult, tree: PackTree) -> String? {
        guard let grade = result.indicator(tree.gradeCode), grade.outcome != .notAssessable, let rank = result.measures["grade_rank"],
            let bands = try? tree.gradeBands(ParameterSet(result.parameters)).grades, bands.indices.contains(Int(rank))
        else { return nil }
        return bands[Int(rank)].code
    }
}
