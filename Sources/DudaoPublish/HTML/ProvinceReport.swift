public import DudaoCore
import DudaoReport

/// A province monitoring report over many counties' results, from a batch run or from stored
/// records: the share against the plan's target, the score distribution (histogram and
/// quartiles), each area's average, the weakest indicators, the ranking and a bar of every county.
///
/// The score is the assessment's composite score (`measures["total"]`) where it has one, else
/// the share of deciding indicators met, so every assessment gets the same report.
public struct ProvinceReport: Sendable {
    public var results: [AssessmentResult]
    public var summaries: [BatchSummary]
    /// The plan's target for the share of counties passing (e.g. 0.95), where the batch views
    /// do not state one.
    public var target: Double?
    /// The areas' names by group code, from the assessment's descriptor.
    public var areaNames: [String: String]
    public var generator: String

    public init(results: [AssessmentResult], summaries: [BatchSummary] = [], target: Double? = nil, areas: [IndicatorGroup] = [], generator: String = "dudao") {
        self.results = results
        self.summaries = summaries
        self.target = target
        self.areaNames = areas.names(.zh)
        self.generator = generator
    }

    public static let histogramTitle = "得分分布直方图"
    public static let barChartTitle = "各单位得分条形图"
    public static let targetChartTitle = "达标比例与规划目标"

    public func render() -> String {
        HTMLRenderer(page: ProvinceTemplate.page).render(self.context, generator: self.generator)
    }

    var hasComposite: Bool { !self.results.isEmpty && self.results.contains { $0.measures["total"] != nil } }

    /// A county's score: composite points, or the share of deciding indicators met.
    func score(_ result: AssessmentResult) -> Double? {
        if self.hasComposite { return result.measures["total"] }
        let gating = result.indicators.filter { $0.gating }
        guard !gating.isEmpty else { return nil }
        return Double(gating.filter { $0.outcome == .met }.count) / Double(gating.count)
    }

    var scoreStyle: NumberStyle { self.hasComposite ? .decimal(2) : .percent(decimals: 1) }

    var context: [String: Any] {
        let style = self.scoreStyle
        let scoreName = self.hasComposite ? "综合得分" : "指标达标率"
        let first = self.results.first
        let periods = Set(self.results.map(\.period.description)).sorted().joined(separator: "、")
        var context: [String: Any] = [
            "title": (first?.titleZh ?? "").hasSuffix("监测") ? (first?.titleZh ?? "") + "报告" : (first?.titleZh ?? "") + "监测报告",
            "scopeLine": "\(self.results.count) 个单位 · 评估期 \(periods)" + (first.map { " · 标准 \($0.edition.titleZh)" } ?? ""),
            "subjectCount": self.results.count,
            "passCount": self.results.filter { $0.verdict == .pass }.count,
            "scoreName": scoreName,
            "histogramTitle": Self.histogramTitle,
            "barChartTitle": Self.barChartTitle,
            "targetChartTitle": Self.targetChartTitle,
        ]
        // The share against the target: the batch view's 创建率 where it states one, else the share passing.
        let statistics = self.summaries.first { $0.statistics["creation_rate_target"] != nil }?.statistics
        let target = statistics?["creation_rate_target"] ?? self.target
        let share: Double?
        let shareLabel: String
        if let statistics, statistics["creation_rate_target"] != nil {
            share = statistics["creation_rate"] ?? statistics["creation_rate_low"]
            shareLabel = "创建率"
        } else {
            share = self.results.isEmpty ? nil : Double(self.results.filter { $0.verdict == .pass }.count) / Double(self.results.count)
            shareLabel = "达标比例"
        }
        let percent = NumberStyle.percent(decimals: 1)
        context["share"] = share.map(percent.format) ?? "—"
        context["shareLabel"] = shareLabel
        context["target"] = target.map { "≥ " + percent.format($0) } ?? "未设定"
        if let share, let target {
            context["shareSentence"] = "\(shareLabel) \(percent.format(share))，" + (share >= target ? "达到" : "未达到") + "规划目标 \(percent.format(target))。"
        } else {
            context["shareSentence"] = ""
        }
        context["targetChart"] = SVGChart.horizontalBars(
            title: Self.targetChartTitle,
            bars: [SVGChart.Bar(label: shareLabel, value: share ?? 0, text: share.map(percent.format) ?? "—", short: (share ?? 0) < (target ?? 0))],
            reference: target.map { (value: $0, label: "目标 \(percent.format($0))") },
            rowHeight: 28
        )
        if let verdict = self.summaries.compactMap(\.verdict).first {
            context["hasVerdict"] = true
            context["verdict"] = verdict.nameZh
            context["verdictKey"] = verdict.rawValue
        }

        let scored = self.results.compactMap { result in self.score(result).map { (result, $0) } }
        let values = scored.map(\.1)
        let quantile = { (q: Double) in Ratios.quantile(values, q).map(style.format) ?? "—" }
        context["mean"] = Ratios.mean(values).map(style.format) ?? "—"
        context["min"] = quantile(0)
        context["q1"] = quantile(0.25)
        context["median"] = quantile(0.5)
        context["q3"] = quantile(0.75)
        context["max"] = quantile(1)
        context["histogram"] = SVGChart.histogram(title: Self.histogramTitle, bins: Self.bins(values, style: style), xLabel: scoreName, yLabel: "单位数")
        context["areas"] = self.areas
        context["areaValueName"] = self.hasComposite ? "平均得分 / 满分" : "平均达标率"
        context["areaCountName"] = self.hasComposite ? "参评单位" : "指标数"
        context["weakest"] = self.weakest

        let ranked = self.ranking(scored)
        // The batch view's own weakest items where it names them (scored assessments).
        let labels = Dictionary(self.summaries.flatMap(\.rows).map { ($0.subjectCode, $0.labels) }, uniquingKeysWith: { first, _ in first })
        context["ranking"] = ranked.map { entry -> [String: Any] in
            [
                "rank": entry.rank.map(String.init) ?? "—", "code": entry.result.subject.code, "name": entry.result.subject.name,
                "score": entry.score.map(style.format) ?? "—", "verdict": entry.result.verdict.nameZh, "verdictKey": entry.result.verdict.rawValue,
                "weakest": labels[entry.result.subject.code]?["weakest_zh"] ?? Self.weakestOf(entry.result),
            ]
        }
        let bars = ranked.compactMap { entry in
            entry.score.map { SVGChart.Bar(label: entry.result.subject.name, value: $0, text: style.format($0), short: entry.result.verdict != .pass) }
        }
        context["barChart"] = SVGChart.horizontalBars(title: Self.barChartTitle, bars: bars, rowHeight: 15)
        let notes = self.summaries.flatMap(\.notesZh)
        context["notes"] = notes
        context["hasNotes"] = !notes.isEmpty
        return context
    }

    /// Highest score first; equal scores share a rank (1, 2, 2, 4); unscored last, unranked.
    func ranking(_ scored: [(AssessmentResult, Double)]) -> [(rank: Int?, result: AssessmentResult, score: Double?)] {
        let sorted = scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.subject.code < $1.0.subject.code }
        var out: [(rank: Int?, result: AssessmentResult, score: Double?)] = []
        for (index, entry) in sorted.enumerated() {
            let rank = index > 0 && sorted[index - 1].1 == entry.1 ? out[index - 1].rank : index + 1
            out.append((rank, entry.0, entry.1))
        }
        let scoredCodes = Set(scored.map { $0.0.subject.code })
        out += self.results.filter { !scoredCodes.contains($0.subject.code) }.map { (nil, $0, nil) }
        return out
    }

    /// Eight equal bins over the observed range (one bin when all scores are equal).
    static func bins(_ values: [Double], style: NumberStyle) -> [(label: String, count: Int)] {
        guard let low = values.min(), let high = values.max() else { return [] }
        guard high > low else { return [(style.format(low), values.count)] }
        let count = 8
        let width = (high - low) / Double(count)
        var counts = Array(repeating: 0, count: count)
        for value in values { counts[min(count - 1, Int((value - low) / width))] += 1 }
        return counts.enumerated().map { index, number in
            (label: "\(style.format(low + Double(index) * width))–\(style.format(low + Double(index + 1) * width))", count: number)
        }
    }

    /// Each area's average over the counties. Scored assessments: the area's points against its
    /// full points (the areas are the indicators that head their own group). Others: the share
    /// of the area's deciding indicators met.
    var areas: [[String: Any]] {
        if self.hasComposite, let first = self.results.first {
            let heads = first.indicators.filter { $0.code == $0.group && first.measures["score.\($0.code)"] != nil }
            return heads.map { head -> [String: Any] in
                let points = self.results.compactMap { $0.measures["score.\(head.code)"] }
                let average = Ratios.mean(points).map { Rounding.format($0, decimals: 2) } ?? "—"
                return ["name": "\(head.code) \(head.nameZh)", "average": average + (head.threshold.map { " / \(Rounding.format($0, decimals: 0))" } ?? ""), "count": points.count]
            }
        }
        var order: [String] = []
        var shares: [String: [Double]] = [:]
        var sizes: [String: Int] = [:]
        for result in self.results {
            var tally: [String: (met: Int, all: Int)] = [:]
            for indicator in result.indicators where indicator.gating {
                if !order.contains(indicator.group) { order.append(indicator.group) }
                var entry = tally[indicator.group] ?? (0, 0)
                entry.all += 1
                if indicator.outcome == .met { entry.met += 1 }
                tally[indicator.group] = entry
            }
            for (group, entry) in tally {
                shares[group, default: []].append(Double(entry.met) / Double(entry.all))
                sizes[group] = max(sizes[group] ?? 0, entry.all)
            }
        }
        return order.map { group -> [String: Any] in
            [
                "name": EvaluationReport.areaName(group, self.areaNames),
                "average": Ratios.mean(shares[group] ?? []).map(NumberStyle.percent(decimals: 1).format) ?? "—",
                "count": sizes[group] ?? 0,
            ]
        }
    }

    /// The indicators the fewest counties meet: the deciding ones, or for a scored assessment
    /// the scored leaves (the items points are lost on).
    var weakest: [[String: Any]] {
        struct Key: Hashable { var code: String; var scope: String? }
        let codes = Set(self.results.flatMap { $0.indicators.map(\.code) })
        let counts = { (indicator: IndicatorResult) -> Bool in
            if self.hasComposite {
                return indicator.threshold != nil && !codes.contains { $0.hasPrefix(indicator.code + ".") } && indicator.code != indicator.group
            }
            return indicator.gating
        }
        var order: [Key] = []
        var names: [Key: String] = [:]
        var tally: [Key: (met: Int, all: Int)] = [:]
        for result in self.results {
            for indicator in result.indicators where counts(indicator) && indicator.outcome != .notAssessable {
                let key = Key(code: indicator.code, scope: indicator.scope)
                if tally[key] == nil { order.append(key) }
                names[key] = indicator.nameZh
                var entry = tally[key] ?? (0, 0)
                entry.all += 1
                if indicator.outcome == .met { entry.met += 1 }
                tally[key] = entry
            }
        }
        let share = { (key: Key) in Double(tally[key]?.met ?? 0) / Double(max(tally[key]?.all ?? 1, 1)) }
        return order.filter { share($0) < 1 }.sorted { share($0) != share($1) ? share($0) < share($1) : $0.code < $1.code }.prefix(8).map { key -> [String: Any] in
            [
                "code": key.code, "name": names[key] ?? "", "scope": ResultReport.scopeName(key.scope, .zh), "met": tally[key]?.met ?? 0, "all": tally[key]?.all ?? 0,
                "share": NumberStyle.percent(decimals: 1).format(share(key)),
            ]
        }
    }

    /// A county's unmet deciding items, at most three.
    static func weakestOf(_ result: AssessmentResult) -> String {
        let names = result.reasons.prefix(3).map { "\($0.code) \($0.nameZh)" }
        return names.joined(separator: "；") + (result.reasons.count > 3 ? " 等 \(result.reasons.count) 项" : "")
    }
}
