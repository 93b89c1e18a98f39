import DudaoCore

/// The province view of a pack's batch (`province:` in the pack): a table of subjects, ranked by
/// one indicator when `rank_by` names it, and the share passing against `target_share`. A pack
/// with a scored tree is ranked by its total instead, with each subject's grade and weakest
/// leaves, as the core's ``ScoreRanking`` summary of a tree gives it.
struct PackProvinceView: Sendable, Hashable {
    /// How many weakest leaves a row of a tree's ranking names; a presentation choice.
    static let weakest = 3

    var rankBy: String?
    /// The parameter holding the share of subjects that must pass (e.g. 85% of counties).
    var targetShare: String?
    var titleZh: String?
    var titleEn: String?
    var notesZh: [String] = []
    var notesEn: [String] = []
    /// The batch's figures, when the pack names them (see `PackProvinceView+RollUp.swift`).
    var statistics: Statistics?
    var unitLists: [UnitList] = []
    /// The label that gives each subject's number of findings (its gaps).
    var findingCount: String?
    /// What the rows of a tree's ranking show (see `PackProvinceRows`).
    var rows = PackProvinceRows()
    /// The share of subjects for which a yes/no fact holds, against a target (see `PackProvinceShare`).
    var share: PackProvinceShare?
    /// The subjects drawn for on-site checks (see `PackProvinceSample`).
    var sample: PackProvinceSample?

    func summary(_ results: [AssessmentResult], descriptor: AssessmentDescriptor, tree: PackTree?) -> BatchSummary? {
        guard !results.isEmpty else { return nil }
        let titleZh = self.titleZh ?? "\(descriptor.titleZh)：全省情况"
        let titleEn = self.titleEn ?? "\(descriptor.titleEn): province view"
        if let tree, self.rankBy == nil, self.targetShare == nil {
            let ranking = ScoreRanking(results)
            var summary = ranking.summary(
                assessment: descriptor.id, titleZh: titleZh, titleEn: titleEn, gradeCode: tree.gradeCode, weakest: Self.weakest,
                notesZh: self.notesZh, notesEn: self.notesEn
            )
            self.rows.apply(to: &summary, ranking: ranking, weakest: Self.weakest, tree: tree)
            self.share?.apply(to: &summary, results: results)
            self.sample?.apply(to: &summary, results: results)
            return summary
        }
        var statistics: [String: Double] = ["subjects": Double(results.count)]
        let rows: [SummaryRow]
        if let code = self.rankBy {
            let ranking = ScoreRanking(results, measure: code)
            rows = ranking.entries.map { entry in
                SummaryRow(
                    subjectCode: entry.result.subject.code, subjectName: entry.result.subject.name, rank: entry.rank,
                    values: entry.result.measures, labels: self.labels(entry.result)
                )
            }
            for (key, value) in ranking.distribution { statistics["\(code).\(key)"] = value }
        } else {
            rows = results.sorted { $0.subject.code < $1.subject.code }.map { result in
                SummaryRow(subjectCode: result.subject.code, subjectName: result.subject.name, values: result.measures, labels: self.labels(result))
            }
        }
        let passing = Double(results.filter { $0.verdict == .pass }.count)
        let unknown = Double(results.filter { $0.verdict == .notAssessable }.count)
        let count = Double(results.count)
        statistics["pass_share"] = passing / count
        if let declared = self.declaredStatistics(results) { statistics = declared }
        var notesZh = self.notesZh
        var notesEn = self.notesEn
        let verdict: Verdict
        if let key = self.targetShare, let target = results.first?.parameters.first(where: { $0.key == key })?.value.numberValue {
            statistics["target_share"] = target
            verdict = passing / count >= target ? .pass : ((passing + unknown) / count >= target ? .notAssessable : .fail)
            notesZh.append("达标比例 \(Rounding.format(passing / count * 100, decimals: 1))%，目标 \(Rounding.format(target * 100, decimals: 1))%（参数 \(key)）")
            notesEn.append("\(Rounding.format(passing / count * 100, decimals: 1))% pass, target \(Rounding.format(target * 100, decimals: 1))% (parameter \(key))")
        } else {
            let verdicts = results.map(\.verdict)
            verdict = verdicts.contains(.fail) ? .fail : (verdicts.contains(.notAssessable) ? .notAssessable : .pass)
        }
        var summary = BatchSummary(
            assessment: descriptor.id, verdict: verdict, titleZh: titleZh, titleEn: titleEn,
            rows: rows, statistics: statistics, notesZh: notesZh, notesEn: notesEn
        )
        self.sample?.apply(to: &summary, results: results)
        return summary
    }
}
