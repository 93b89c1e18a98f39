public import DudaoCore

/// The batch view of a duty evaluation: grades of every city and county, and the on-site sample.
///
/// The sample is drawn by ``SamplingPlan`` over the counties of the batch (cities are not sampled)
/// with the plan the results' edition parameters give (`sampling.*`). The plan and the selection
/// are written into the summary (notes, statistics, a label on every row), and each result keeps the
/// parameters, so anyone can re-draw the same sample from the same counties.
public struct DutyProvinceView: Sendable {
    public var results: [AssessmentResult]

    public init(results: [AssessmentResult]) {
        self.results = results.filter { $0.assessment == DutyEvaluationAssessment.id }
    }

    /// The plan the results' parameters give, or `nil` without results.
    public var plan: SamplingPlan? {
        guard let first = self.results.first else { return nil }
        return Self.plan(first.parameters)
    }

    static func plan(_ parameters: [Parameter]) -> SamplingPlan {
        func value(_ key: String) -> Value? { parameters.first { $0.key == key }?.value }
        func codes(_ key: String) -> [String] {
            (value(key)?.textValue ?? "").split { $0 == "," || $0 == " " || $0 == "，" }.map(String.init)
        }
        let seed = value(DutyEditions.Key.seed)?.integerValue ?? 0
        return SamplingPlan(
            seed: UInt64(bitPattern: seed),
            fraction: value(DutyEditions.Key.fraction)?.numberValue ?? 0,
            forced: codes(DutyEditions.Key.forced),
            excluded: codes(DutyEditions.Key.excluded)
        )
    }

    public var summary: BatchSummary? {
        guard let plan = self.plan else { return nil }
        let counties = self.results.filter { $0.subject.kind == .county }.map(\.subject.code)
        let draw = plan.draw(from: counties)
        let forced = Set(plan.forced)
        let excluded = Set(plan.excluded)

        let ranking = ScoreRanking(self.results)
        let rows = ranking.entries.map { self.row($0.result, rank: $0.rank, draw: draw, forced: forced, excluded: excluded) }
        var statistics = ranking.distribution
        statistics["subjects"] = Double(self.results.count)
        statistics["scored"] = statistics.removeValue(forKey: "count")
        statistics["sampling.fraction"] = plan.fraction
        statistics["sampling.eligible"] = Double(draw.eligible)
        statistics["sampling.target"] = Double(draw.target)
        statistics["sampling.selected"] = Double(draw.selected.count)
        // A seed beyond 2⁵³ does not survive as a Double; the notes always carry it as text.
        if plan.seed < 1 << 53 { statistics["sampling.seed"] = Double(plan.seed) }
        for row in rows {
            if let grade = row.labels["grade"] { statistics["grade.\(grade)", default: 0] += 1 }
        }

        let seedText = Int64(bitPattern: plan.seed).description
        // Codes with their names: an officer reads the sample, a program reads the summary's rows.
        let names = Dictionary(self.results.map { ($0.subject.code, $0.subject.name) }, uniquingKeysWith: { first, _ in first })
        func named(_ codes: [String]) -> String { codes.map { code in names[code].map { "\(code) \($0)" } ?? code }.joined(separator: ", ") }
        let list = named(draw.selected)
        var notesZh = [
            "实地核查抽样：随机种子 \(seedText)，比例 \(Rounding.format(plan.fraction, decimals: 4))，按设区市（代码前 4 位）分层，最大余数法分配名额（共 ⌈比例 × 可抽县数⌉ = \(draw.target) 个），必查县计入所在市名额，再以 SplitMix64 与 Fisher–Yates 抽取其余。",
            "必查县：\(plan.forced.isEmpty ? "无" : named(plan.forced))；不抽查县：\(plan.excluded.isEmpty ? "无" : named(plan.excluded))。",
            "入选县（\(draw.selected.count) 个）：\(list)。",
            "分数线、权重、降等规则与抽样比例均为未核实参数 [U]（以宁夏 90 / 80 / 65 为例）。",
        ]
        var notesEn = [
            "On-site sample: seed \(seedText), fraction \(Rounding.format(plan.fraction, decimals: 4)), stratified by city (first 4 characters of the code), seats split by largest remainder (⌈fraction × eligible⌉ = \(draw.target) in all), forced counties counted in their city's quota, the rest drawn with SplitMix64 and Fisher–Yates.",
            "Forced: \(plan.forced.isEmpty ? "none" : named(plan.forced)); excluded: \(plan.excluded.isEmpty ? "none" : named(plan.excluded)).",
            "Selected (\(draw.selected.count)): \(list).",
            "Cut-offs, weights, downgrade rules and the sampling share are unconfirmed parameters [U] (Ningxia's 90 / 80 / 65 as the example).",
        ]
        let plans = Set(self.results.map { Self.plan($0.parameters) })
        if plans.count > 1 {
            notesZh.append("各结果的抽样参数不一致，按第一个结果的参数抽样。")
            notesEn.append("The results disagree on the sampling parameters; the first result's were used.")
        }
        return BatchSummary(
            assessment: DutyEvaluationAssessment.id,
            verdict: nil,
            titleZh: "市县级人民政府履行教育职责评价：等次与实地核查抽样",
            titleEn: "Education-duty evaluation: grades and the on-site sample",
            rows: rows,
            statistics: statistics,
            notesZh: notesZh,
            notesEn: notesEn
        )
    }

    private func row(_ result: AssessmentResult, rank: Int?, draw: SamplingDraw, forced: Set<String>, excluded: Set<String>) -> SummaryRow {
        let code = result.subject.code
        var values: [String: Double] = [:]
        values["total"] = result.measures["total"]
        values["grade_rank"] = result.measures["grade_rank"]
        var labels: [String: String] = ["kind": result.subject.kind.rawValue, "verdict": result.verdict.rawValue]
        if let grade = result.indicator("DUTY-GRADE"), grade.outcome != .notAssessable, let rankValue = result.measures["grade_rank"] {
            // The result's own parameters give its bands, overrides included.
            let grades = (try? DutyTree.make(ParameterSet(result.parameters)))?.bands.grades ?? []
            let index = Int(rankValue)
            if grades.indices.contains(index) { labels["grade"] = grades[index].code }
            labels["grade_text"] = grade.explanationZh
        }
        if result.subject.kind == .county {
            labels["stratum"] = draw.plan.stratum(of: code)
            labels["on_site"] =
                excluded.contains(code) ? "excluded" : (draw.contains(code) ? (forced.contains(code) ? "forced" : "selected") : "not_selected")
        } else {
            labels["on_site"] = "not_applicable"
        }
        return SummaryRow(subjectCode: code, subjectName: result.subject.name, rank: rank, values: values, labels: labels)
    }
}
