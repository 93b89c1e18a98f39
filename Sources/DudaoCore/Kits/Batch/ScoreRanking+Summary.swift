extension ScoreRanking {
    /// A ranked table of scored-tree results: one row per subject with its rank, total, top-level
    /// scores and grade, the leaves that lost the most points, and the distribution of totals.
    ///
    /// - Parameters:
    ///   - gradeCode: the tree's grade indicator, whose explanation names the grade.
    ///   - weakest: how many weakest leaves each row names (a presentation choice).
    public func summary(assessment: String, titleZh: String, titleEn: String, gradeCode: String, weakest: Int = 3, notesZh: [String], notesEn: [String]) -> BatchSummary {
        var statistics = self.distribution
        statistics["subjects"] = Double(self.entries.count)
        statistics["scored"] = statistics.removeValue(forKey: "count")
        for verdict in Verdict.allCases {
            statistics["verdict.\(verdict.rawValue)"] = Double(self.entries.filter { $0.result.verdict == verdict }.count)
        }
        let rows = self.entries.map { entry in
            let result = entry.result
            var values: [String: Double] = [:]
            for (key, value) in result.measures where key == "total" || key == "grade_rank" || key.hasPrefix("score.") {
                values[key] = value
            }
            var labels = ["kind": result.subject.kind.rawValue, "verdict": result.verdict.rawValue]
            if let grade = result.indicator(gradeCode), grade.outcome != .notAssessable {
                labels["grade"] = grade.explanationZh
            }
            labels["weakest"] = Self.weakest(result, count: weakest).joined(separator: ",")
            if entry.value == nil {
                labels["missing"] = result.missing.map(\.key).joined(separator: ",")
            }
            return SummaryRow(subjectCode: result.subject.code, subjectName: result.subject.name, rank: entry.rank, values: values, labels: labels)
        }
        return BatchSummary(assessment: assessment, verdict: nil, titleZh: titleZh, titleEn: titleEn, rows: rows, statistics: statistics, notesZh: notesZh, notesEn: notesEn)
    }

    /// Codes of the leaves that lost the most points (a scored tree reports a finding for each
    /// leaf that lost points; its indicator's threshold is the weight, its value the points).
    public static func weakest(_ result: AssessmentResult, count: Int) -> [String] {
        let codes = Set(result.findings.map(\.indicatorCode))
        return result.indicators
            .filter { codes.contains($0.code) && $0.scope == nil }
            .compactMap { indicator -> (String, Double)? in
                guard let value = indicator.value, let weight = indicator.threshold else { return nil }
                return (indicator.code, weight - value)
            }
            .sorted { (-$0.1, $0.0) < (-$1.1, $1.0) }
            .prefix(count)
            .map(\.0)
    }
}
