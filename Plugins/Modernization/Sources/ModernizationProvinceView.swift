public import DudaoCore

/// The province-wide view over a batch of county results: ranking, distribution, 创建率 and each
/// county's weakest indicators.
///
/// - Ranking: by composite score, highest first; equal scores share a rank (1, 2, 2, 4); counties
///   without a score are listed after, unranked.
/// - Distribution over the scored counties: mean, max, min and the quartiles (type 7, ``Ratios``).
/// - 创建率: the share of subjects holding the 教育基本现代化县 title (fact `recognized_modernized`)
///   against the edition's target; subjects that do not say are counted as unknown, not as "no".
/// - Weakest indicators: the leaves that lost the most points, ``weakestCount`` per county.
public struct ModernizationProvinceView: Sendable {
    /// How many weakest indicators each row names; a presentation choice, not a figure of the standard.
    public static let weakestCount = 3

    public var results: [AssessmentResult]

    public init(results: [AssessmentResult]) {
        self.results = results.filter { $0.assessment == ModernizationAssessment.id }
    }

    public var summary: BatchSummary? {
        guard !self.results.isEmpty else { return nil }
        let ranking = ScoreRanking(self.results)
        let rows = ranking.entries.map { self.row($0.result, rank: $0.rank) }
        var statistics = ranking.distribution
        statistics["subjects"] = Double(self.results.count)
        statistics["scored"] = statistics.removeValue(forKey: "count")

        let flags = self.results.map { $0.measures[ModernizationSchema.recognizedKey].map { $0 != 0 } }
        let recognized = flags.filter { $0 == true }.count
        let unknown = flags.filter { $0 == nil }.count
        let count = Double(self.results.count)
        let target = self.parameter(ModernizationEditions.Key.creationTarget) ?? 0.95
        statistics["recognized"] = Double(recognized)
        statistics["recognition_unknown"] = Double(unknown)
        statistics["creation_rate_target"] = target
        var verdict: Verdict
        if unknown == 0 {
            statistics["creation_rate"] = Double(recognized) / count
            verdict = Double(recognized) / count >= target ? .pass : .fail
        } else {
            // With unknowns the rate lies between the two bounds; decide only when both agree.
            let low = Double(recognized) / count
            let high = Double(recognized + unknown) / count
            statistics["creation_rate_low"] = low
            statistics["creation_rate_high"] = high
            verdict = low >= target ? .pass : (high < target ? .fail : .notAssessable)
        }

        var notesZh = [
            "排名按综合得分从高到低，同分同名次；无综合得分（缺少数据）的单位不参与排名，列于表末。",
            "创建率 = 已获评教育基本现代化县（市、区）的单位数 ÷ 单位总数，目标 \(Rounding.percent(target, decimals: 0))。",
            "权重与目标值中未经核实 [U] 的部分为本版本参数，得分仅供参考。",
        ]
        var notesEn = [
            "Ranked by composite score, highest first; equal scores share a rank. Subjects without a score (missing data) are listed last, unranked.",
            "Creation rate = subjects recognised as education-modernized counties ÷ all subjects; target \(Rounding.percent(target, decimals: 0)).",
            "Unconfirmed [U] weights and targets are parameters of this edition; scores are indicative.",
        ]
        if unknown > 0 {
            notesZh.append("\(unknown) 个单位未提供是否已获评，创建率仅能给出区间。")
            notesEn.append("\(unknown) subjects do not say whether they are recognised; the creation rate is a range.")
        }
        return BatchSummary(
            assessment: ModernizationAssessment.id,
            verdict: verdict,
            titleZh: "全省县（市、区）教育现代化发展水平监测",
            titleEn: "Province view: county education-modernization monitoring",
            rows: rows,
            statistics: statistics,
            notesZh: notesZh,
            notesEn: notesEn
        )
    }

    private func row(_ result: AssessmentResult, rank: Int?) -> SummaryRow {
        var values: [String: Double] = [:]
        for (key, value) in result.measures where key == "total" || key.hasPrefix("score.") {
            values[key] = value
        }
        var labels: [String: String] = [
            "kind": result.subject.kind.rawValue,
            "verdict": result.verdict.rawValue,
        ]
        if let level = result.indicator("MOD-LEVEL"), level.outcome != .notAssessable {
            labels["level"] = level.explanationZh
        }
        let weakest = self.weakest(result)
        labels["weakest"] = weakest.map(\.code).joined(separator: ",")
        labels["weakest_zh"] = weakest.map(\.nameZh).joined(separator: "、")
        switch result.measures[ModernizationSchema.recognizedKey].map({ $0 != 0 }) {
        case true?: labels["recognized"] = "yes"
        case false?: labels["recognized"] = "no"
        case nil: labels["recognized"] = "unknown"
        }
        if result.measures["total"] == nil {
            labels["missing"] = result.missing.map(\.key).joined(separator: ",")
        }
        return SummaryRow(subjectCode: result.subject.code, subjectName: result.subject.name, rank: rank, values: values, labels: labels)
    }

    /// The leaves that lost the most points (ties by code).
    func weakest(_ result: AssessmentResult) -> [IndicatorResult] {
        ScoreRanking.weakest(result, count: Self.weakestCount).compactMap { result.indicator($0) }
    }

    /// The value of an edition parameter as the first result used it.
    private func parameter(_ key: String) -> Double? {
        self.results.first?.parameters.first { $0.key == key }?.value.numberValue
    }
}
