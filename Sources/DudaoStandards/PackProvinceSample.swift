import DudaoCore

/// The subjects of a batch drawn for on-site checks (`province.sample`), on the core's
/// ``SamplingPlan``: stratified by city, seats by largest remainder, a recorded seed, forced and
/// excluded subjects. Every figure of the plan is a parameter, so each result carries it and anyone
/// can re-draw the same sample from the same subjects; the summary writes the plan and the draw
/// into its notes, statistics (`sampling.*`) and a label on every row (`stratum`, `on_site`).
struct PackProvinceSample: Sendable, Hashable {
    /// The kinds of subject drawn from (`county`); rows of other kinds are `not_applicable`.
    var kinds: [SubjectKind]
    /// Parameters: the share drawn (a number), the seed (an integer), and the codes always
    /// checked and never checked (texts, comma separated).
    var fraction: String
    var seed: String
    var forced: String
    var excluded: String

    /// The parameters the sample reads, with the type each must have.
    var parameters: [(key: String, type: ValueType)] {
        [(self.fraction, .number), (self.seed, .integer), (self.forced, .text), (self.excluded, .text)]
    }

    func plan(_ parameters: [Parameter]) -> SamplingPlan {
        func value(_ key: String) -> Value? { parameters.first { $0.key == key }?.value }
        func codes(_ key: String) -> [String] {
            (value(key)?.textValue ?? "").split { $0 == "," || $0 == " " || $0 == "，" }.map(String.init)
        }
        return SamplingPlan(
            seed: UInt64(bitPattern: value(self.seed)?.integerValue ?? 0),
            fraction: value(self.fraction)?.numberValue ?? 0,
            forced: codes(self.forced),
            excluded: codes(self.excluded)
        )
    }

    /// Draws the sample with the first result's plan and writes it into `summary`; the plan's
    /// notes come before the pack's own.
    func apply(to summary: inout BatchSummary, results: [AssessmentResult]) {
        guard let first = results.first else { return }
        let plan = self.plan(first.parameters)
        let draw = plan.draw(from: results.filter { self.kinds.contains($0.subject.kind) }.map(\.subject.code))
        let forced = Set(plan.forced)
        let excluded = Set(plan.excluded)
        let sampled = Set(results.filter { self.kinds.contains($0.subject.kind) }.map(\.subject.code))
        for index in summary.rows.indices {
            let code = summary.rows[index].subjectCode
            guard sampled.contains(code) else {
                summary.rows[index].labels["on_site"] = "not_applicable"
                continue
            }
            summary.rows[index].labels["stratum"] = plan.stratum(of: code)
            summary.rows[index].labels["on_site"] =
                excluded.contains(code) ? "excluded" : (draw.contains(code) ? (forced.contains(code) ? "forced" : "selected") : "not_selected")
        }
        summary.statistics["sampling.fraction"] = plan.fraction
        summary.statistics["sampling.eligible"] = Double(draw.eligible)
        summary.statistics["sampling.target"] = Double(draw.target)
        summary.statistics["sampling.selected"] = Double(draw.selected.count)
        // A seed beyond 2⁵³ does not survive as a Double; the notes always carry it as text.
        if plan.seed < 1 << 53 { summary.statistics["sampling.seed"] = Double(plan.seed) }

        let seedText = Int64(bitPattern: plan.seed).description
        // Codes with their names: an officer reads the sample, a program reads the rows.
        let names = Dictionary(results.map { ($0.subject.code, $0.subject.name) }, uniquingKeysWith: { first, _ in first })
        func named(_ codes: [String]) -> String { codes.map { code in names[code].map { "\(code) \($0)" } ?? code }.joined(separator: ", ") }
        let fraction = Rounding.format(plan.fraction, decimals: 4)
        summary.notesZh.insert(
            contentsOf: [
                "实地核查抽样：随机种子 \(seedText)，比例 \(fraction)，按设区市（代码前 4 位）分层，最大余数法分配名额（共 ⌈比例 × 可抽县数⌉ = \(draw.target) 个），必查县计入所在市名额，再以 SplitMix64 与 Fisher–Yates 抽取其余。",
                "必查县：\(plan.forced.isEmpty ? "无" : named(plan.forced))；不抽查县：\(plan.excluded.isEmpty ? "无" : named(plan.excluded))。",
                "入选县（\(draw.selected.count) 个）：\(named(draw.selected))。",
            ],
            at: 0
        )
        summary.notesEn.insert(
            contentsOf: [
                "On-site sample: seed \(seedText), fraction \(fraction), stratified by city (first 4 characters of the code), seats split by largest remainder (⌈fraction × eligible⌉ = \(draw.target) in all), forced counties counted in their city's quota, the rest drawn with SplitMix64 and Fisher–Yates.",
                "Forced: \(plan.forced.isEmpty ? "none" : named(plan.forced)); excluded: \(plan.excluded.isEmpty ? "none" : named(plan.excluded)).",
                "Selected (\(draw.selected.count)): \(named(draw.selected)).",
            ],
            at: 0
        )
        if Set(results.map { self.plan($0.parameters) }).count > 1 {
            summary.notesZh.append("各结果的抽样参数不一致，按第一个结果的参数抽样。")
            summary.notesEn.append("The results disagree on the sampling parameters; the first result's were used.")
        }
    }
}
