public import DudaoCore

/// The 资源配置 dimension: the seven indicators per school part, the per-school rule and the
/// 校际差异系数 of every indicator, for 小学 and 初中 separately (REFERENCE §1.2, §1.2.1).
public struct ResourceIndicators: Sendable {
    /// Each indicator's threshold by stage (``SchoolStage/index``), then by indicator number: read
    /// for every part and indicator, where a nested dictionary would hash twice each time.
    public var thresholds: [[Double]]
    /// Indicators each part must meet (6 of 7).
    public var minMet: Int
    /// The share of its threshold a remaining indicator must still reach (0.85, [U]).
    public var floor: Double
    public var coefficientLimits: [SchoolStage: Double]

    /// Reads the figures from an edition's parameters.
    ///
    /// - Throws: ``DudaoError`` (internal) when the edition lacks one.
    public init(parameters: ParameterSet) throws {
        self.thresholds = try SchoolStage.allCases.map { stage in
            guard SchoolStage.compulsory.contains(stage) else { return [] }
            return try ResourceIndicator.allCases.map { try parameters.number($0.thresholdKey(for: stage)) }
        }
        self.minMet = try parameters.integer("school_rule.min_indicators_met")
        self.floor = try parameters.number("school_rule.remaining_floor_fraction")
        self.coefficientLimits = [.primary: try parameters.number("cv.primary_max"), .junior: try parameters.number("cv.junior_max")]
    }

    /// How one part fares on the seven indicators and on the per-school rule.
    public struct PartJudgement: Sendable, Hashable {
        public var part: SchoolPart
        public var values: PerIndicator<Double>
        public var outcomes: PerIndicator<Outcome>
        public var metCount: Int
        /// Indicators below threshold that are also below the floor share of it.
        public var belowFloor: [ResourceIndicator]
        public var outcome: Outcome
    }

    public func threshold(_ indicator: ResourceIndicator, _ stage: SchoolStage) -> Double {
        let stageThresholds = self.thresholds[stage.index]
        return stageThresholds.isEmpty ? .nan : stageThresholds[indicator.rawValue - 1]
    }

    /// Applies the per-school rule: at most 7 − ``minMet`` indicators below threshold, each at
    /// least ``floor`` × its threshold. A known failure decides even when other figures are missing.
    public func judge(_ part: SchoolPart) -> PartJudgement {
        var values = PerIndicator<Double>()
        var outcomes = PerIndicator<Outcome>()
        var belowFloor: [ResourceIndicator] = []
        for indicator in ResourceIndicator.allCases {
            let threshold = self.threshold(indicator, part.stage)
            guard let value = part.value(indicator) else {
                outcomes[indicator] = .notAssessable
                continue
            }
            values[indicator] = value
            let met = Tolerance.atLeast(value, threshold)
            outcomes[indicator] = met ? .met : .notMet
            if !met, !Tolerance.atLeast(value, self.floor * threshold) { belowFloor.append(indicator) }
        }
        let met = outcomes.count(of: .met)
        let short = outcomes.count(of: .notMet)
        let unknown = outcomes.count(of: .notAssessable)
        let allowed = ResourceIndicator.allCases.count - self.minMet
        let outcome: Outcome =
            if short > allowed || !belowFloor.isEmpty { .notMet } else if unknown > 0 { .notAssessable } else { .met }
        return PartJudgement(part: part, values: values, outcomes: outcomes, metCount: met, belowFloor: belowFloor, outcome: outcome)
    }

    /// Every resource result for both stages, with the findings they raise.
    public func evaluate(_ parts: [SchoolPart]) -> (indicators: [IndicatorResult], findings: [Finding]) {
        var indicators: [IndicatorResult] = []
        var findings: [Finding] = []
        for stage in SchoolStage.compulsory {
            let judgements = parts.filter { $0.stage == stage }.map(self.judge)
            let stageParts = judgements.map(\.part)
            // Shared resources of through schools rest on the split rule, which is [U].
            let split = judgements.contains { SplitKinds.through.contains($0.part.kind) }
            for indicator in ResourceIndicator.allCases {
                let (result, raised) = self.indicatorResult(indicator, stage: stage, judgements: judgements, split: split)
                indicators.append(result)
                findings += raised
            }
            let (rule, ruleFindings) = self.ruleResult(stage: stage, judgements: judgements)
            indicators.append(rule)
            findings += ruleFindings
            for indicator in ResourceIndicator.allCases {
                let (result, raised) = self.coefficientResult(indicator, stage: stage, parts: stageParts, split: split)
                indicators.append(result)
                findings += raised
            }
        }
        return (indicators, findings)
    }

    /// What the school must add to reach the standard: the per-pupil gap times its pupils (÷ 100
    /// for the per-100-pupil figures), whole rooms and teachers rounded up, since a clerk plans
    /// rooms, ㎡ and 元 for a school, not fractions of a room per pupil.
    static func toAdd(_ indicator: ResourceIndicator, short: Double, pupils: Double?) -> (zh: String, en: String)? {
        guard let pupils, pupils > 0, short > 0 else { return nil }
        let total = short * pupils / indicator.scale
        let whole = indicator.unit == "人" || indicator.unit == "间"
        let amount = whole ? Rounding.format(total.rounded(.up), decimals: 0) : Rounding.grouped(total, decimals: indicator.unit == "元" ? 0 : 1)
        return (
            zh: "按 \(Rounding.format(pupils, decimals: 0)) 名学生，需增加 \(amount)\(indicator.unit)",
            en: "for its \(Rounding.format(pupils, decimals: 0)) pupils it needs \(amount) \(indicator.unit) more"
        )
    }

    private func indicatorResult(_ indicator: ResourceIndicator, stage: SchoolStage, judgements: [PartJudgement], split: Bool) -> (IndicatorResult, [Finding]) {
        let definition = QualityBalanceIndicators.resource(indicator)
        let status: StatusTag? = split && !indicator.isReportedByStage ? .unconfirmed : nil
        let threshold = self.threshold(indicator, stage)
        let show = { (value: Double) in Rounding.grouped(value, decimals: indicator.decimals) }
        var breakdown: [UnitMeasure] = []
        var findings: [Finding] = []
        var missing: [String] = []
        for judgement in judgements {
            let part = judgement.part
            let value = judgement.values[indicator]
            let outcome = judgement.outcomes[indicator] ?? .notAssessable
            let note = part.missingFields[indicator].map { "missing: \($0)" }
            breakdown.append(UnitMeasure(unitID: part.unitID, unitName: part.labelZh, scope: stage.rawValue, value: value, threshold: threshold, outcome: outcome, note: note))
            if let field = part.missingFields[indicator] { missing.append("\(part.unitName)（\(part.unitID)）\(field)") }
            if outcome == .notMet, let value {
                let toAdd = Self.toAdd(indicator, short: threshold - value, pupils: part.pupils)
                findings.append(
                    Finding(
                        unitID: part.unitID, unitName: part.unitName, indicatorCode: indicator.code, scope: stage.rawValue,
                        nameZh: indicator.nameZh, nameEn: indicator.nameEn, value: value, threshold: threshold,
                        shortfall: threshold - value, unit: indicator.unit,
                        zh: "\(part.labelZh) \(indicator.nameZh) 为 \(show(value))\(indicator.unit)，低于\(stage.nameZh)标准 \(show(threshold))\(indicator.unit)\(toAdd.map { "；\($0.zh)" } ?? "")。",
                        en: "\(part.labelEn): \(indicator.nameEn) is \(show(value)) \(indicator.unit), below the \(stage.nameEn) threshold \(show(threshold))\(toAdd.map { "; \($0.en)" } ?? "")."
                    )
                )
            }
        }
        let outcome = judgements.isEmpty ? Outcome.notAssessable : Outcome.all(breakdown.lazy.map(\.outcome))
        var (known, totalPupils, totalResource) = (0, 0.0, 0.0)
        for judgement in judgements where judgement.values[indicator] != nil {
            known += 1
            totalPupils += judgement.part.pupils ?? 0
            totalResource += judgement.part.resources[indicator] ?? 0
        }
        let aggregate = known == judgements.count && totalPupils > 0 ? totalResource / totalPupils * indicator.scale : nil
        let shortNames = findings.map { "\($0.unitName ?? "")（\(show($0.value ?? 0))）" }
        let zh: String
        let en: String
        switch outcome {
        case .met:
            zh = "\(stage.nameZh) \(judgements.count) 所学校（部）均达到标准 ≥ \(show(threshold))\(indicator.unit)；全县平均 \(aggregate.map(show) ?? "—")。"
            en = "All \(judgements.count) \(stage.nameEn) schools (parts) reach \(show(threshold)); county average \(aggregate.map(show) ?? "—")."
        case .notMet:
            zh = "\(stage.nameZh)有 \(findings.count) 所学校（部）低于标准 \(show(threshold))\(indicator.unit)：\(shortNames.joined(separator: "、"))。本项由“每校至少6项达标”规则（QB-RS）判定。"
            en = "\(findings.count) \(stage.nameEn) school(s) below \(show(threshold)): \(findings.compactMap(\.unitName).joined(separator: ", ")). The per-school rule QB-RS decides."
        case .notAssessable:
            if judgements.isEmpty {
                zh = "不可评估：县内没有纳入计算的\(stage.nameZh)学校。"
                en = "not assessable: no \(stage.nameEn) school is covered."
            } else {
                zh = "不可评估：缺少字段 \(missing.joined(separator: "；"))。"
                en = "not assessable: field(s) missing: \(missing.joined(separator: "; "))."
            }
        }
        return (
            IndicatorResult(definition, scope: stage.rawValue, value: aggregate, threshold: threshold, outcome: outcome, status: status, breakdown: breakdown, zh: zh, en: en),
            findings
        )
    }

    private func ruleResult(stage: SchoolStage, judgements: [PartJudgement]) -> (IndicatorResult, [Finding]) {
        let definition = QualityBalanceIndicators.schoolRule
        let floorText = Rounding.format(self.floor * 100, decimals: 0) + "%"
        var breakdown: [UnitMeasure] = []
        var findings: [Finding] = []
        var missing: [String] = []
        for judgement in judgements {
            let part = judgement.part
            let short = ResourceIndicator.allCases.filter { judgement.outcomes[$0] == .notMet }
            let detail = short.map { indicator -> String in
                let threshold = self.threshold(indicator, stage)
                let share = (judgement.values[indicator] ?? 0) / threshold
                return "\(indicator.code) \(Rounding.format(share * 100, decimals: 1))%"
            }
            let note = short.isEmpty ? nil : "below threshold: " + detail.joined(separator: ", ")
            breakdown.append(
                UnitMeasure(unitID: part.unitID, unitName: part.labelZh, scope: stage.rawValue, value: Double(judgement.metCount), threshold: Double(self.minMet), outcome: judgement.outcome, note: note)
            )
            if judgement.outcome == .notAssessable {
                let fields = Set(part.missingFields.values).sorted().joined(separator: ", ")
                missing.append("\(part.unitName)（\(part.unitID)）\(fields)")
            }
            if judgement.outcome == .notMet {
                let why =
                    judgement.belowFloor.isEmpty
                    ? "仅 \(judgement.metCount) 项达标（至少 \(self.minMet) 项）"
                    : "\(judgement.belowFloor.map(\.code).joined(separator: "、")) 低于标准的 \(floorText)"
                let whyEn =
                    judgement.belowFloor.isEmpty
                    ? "meets only \(judgement.metCount) of 7 (at least \(self.minMet) required)"
                    : "\(judgement.belowFloor.map(\.code).joined(separator: ", ")) below \(floorText) of the threshold"
                findings.append(
                    Finding(
                        unitID: part.unitID, unitName: part.unitName, indicatorCode: definition.code, scope: stage.rawValue,
                        nameZh: definition.nameZh, nameEn: definition.nameEn, value: Double(judgement.metCount), threshold: Double(self.minMet),
                        shortfall: max(0, Double(self.minMet - judgement.metCount)), unit: "项",
                        zh: "\(part.labelZh) 资源配置未达要求：\(why)；未达标项：\(detail.joined(separator: "、"))（占标准的百分比）。",
                        en: "\(part.labelEn) fails the per-school rule: \(whyEn); short: \(detail.joined(separator: ", ")) of threshold."
                    )
                )
            }
        }
        let failing = judgements.filter { $0.outcome == .notMet }
        let outcome: Outcome = judgements.isEmpty ? .notAssessable : Outcome.all(judgements.lazy.map(\.outcome))
        let zh: String
        let en: String
        switch outcome {
        case .met:
            zh = "\(stage.nameZh) \(judgements.count) 所学校（部）均至少 \(self.minMet) 项达标，余项不低于标准的 \(floorText)。"
            en = "All \(judgements.count) \(stage.nameEn) schools (parts) meet at least \(self.minMet) of 7 indicators, the rest at least \(floorText) of threshold."
        case .notMet:
            zh = "\(stage.nameZh)有 \(failing.count) 所学校（部）未达到“至少 \(self.minMet) 项达标、余项不低于 \(floorText)”：\(failing.map(\.part.labelZh).joined(separator: "、"))。"
            en = "\(failing.count) \(stage.nameEn) school(s) fail the rule of \(self.minMet) of 7 with the rest at least \(floorText): \(failing.map(\.part.labelEn).joined(separator: ", "))."
        case .notAssessable:
            if judgements.isEmpty {
                zh = "不可评估：县内没有纳入计算的\(stage.nameZh)学校。"
                en = "not assessable: no \(stage.nameEn) school is covered."
            } else {
                zh = "不可评估：缺少字段 \(missing.joined(separator: "；"))。"
                en = "not assessable: field(s) missing: \(missing.joined(separator: "; "))."
            }
        }
        let value = judgements.isEmpty ? nil : Double(failing.count)
        return (IndicatorResult(definition, scope: stage.rawValue, value: value, threshold: 0, outcome: outcome, breakdown: breakdown, zh: zh, en: en), findings)
    }

    private func coefficientResult(_ indicator: ResourceIndicator, stage: SchoolStage, parts: [SchoolPart], split: Bool) -> (IndicatorResult, [Finding]) {
        let definition = QualityBalanceIndicators.coefficient(indicator)
        let status: StatusTag? = split && !indicator.isReportedByStage ? .unconfirmed : nil
        let limit = self.coefficientLimits[stage] ?? .nan
        let totalPupils = parts.reduce(0.0) { $0 + ($1.pupils ?? 0) }
        let breakdown = parts.map { part in
            let value = part.value(indicator)
            return UnitMeasure(
                unitID: part.unitID, unitName: part.labelZh, scope: stage.rawValue, value: value, threshold: nil,
                outcome: value == nil ? .notAssessable : .met,
                weight: value == nil ? nil : (part.pupils ?? 0) / totalPupils,
                note: part.missingFields[indicator].map { "missing: \($0)" }
            )
        }
        let missing = parts.compactMap { part in part.missingFields[indicator].map { "\(part.unitName)（\(part.unitID)）\($0)" } }
        guard !parts.isEmpty else {
            return (
                IndicatorResult(
                    definition, scope: stage.rawValue, value: nil, threshold: limit, outcome: .notAssessable, breakdown: breakdown,
                    zh: "不可评估：县内没有纳入计算的\(stage.nameZh)学校。", en: "not assessable: no \(stage.nameEn) school is covered."
                ), []
            )
        }
        guard missing.isEmpty else {
            return (
                IndicatorResult(
                    definition, scope: stage.rawValue, value: nil, threshold: limit, outcome: .notAssessable, breakdown: breakdown,
                    zh: "不可评估：缺少字段 \(missing.joined(separator: "；"))。", en: "not assessable: field(s) missing: \(missing.joined(separator: "; "))."
                ), []
            )
        }
        let samples = parts.map { DifferenceCoefficient.Sample(resource: $0.resources[indicator] ?? 0, pupils: $0.pupils ?? 0) }
        guard let coefficient = DifferenceCoefficient(samples, scale: indicator.scale) else {
            return (
                IndicatorResult(
                    definition, scope: stage.rawValue, value: nil, threshold: limit, outcome: .notAssessable, breakdown: breakdown,
                    zh: "不可评估：全县\(stage.nameZh)\(indicator.nameZh)均值为 0，差异系数无定义。",
                    en: "not assessable: the county \(stage.nameEn) mean is 0, so the coefficient is undefined."
                ), []
            )
        }
        let cv = coefficient.coefficient
        let met = Tolerance.atMost(cv, limit)
        let show = { (value: Double) in Rounding.format(value, decimals: 3) }
        let mean = Rounding.format(coefficient.mean, decimals: indicator.decimals)
        let zh =
            "\(stage.nameZh) \(coefficient.schoolCount) 所学校（部）\(indicator.nameZh)差异系数 \(show(cv))（按在校生加权，均值 \(mean)），"
            + (met ? "不超过 \(show(limit))，达标。" : "超过上限 \(show(limit))，未达标。")
        let en =
            "\(stage.nameEn) difference coefficient over \(coefficient.schoolCount) schools (parts): \(show(cv)) (enrolment-weighted, mean \(mean)); "
            + (met ? "within the limit \(show(limit))." : "above the limit \(show(limit)).")
        var findings: [Finding] = []
        if !met {
            findings.append(
                Finding(
                    indicatorCode: definition.code, scope: stage.rawValue, nameZh: definition.nameZh, nameEn: definition.nameEn,
                    value: cv, threshold: limit, shortfall: cv - limit, zh: zh, en: en
                )
            )
        }
        return (
            IndicatorResult(definition, scope: stage.rawValue, value: cv, threshold: limit, outcome: met ? .met : .notMet, status: status, breakdown: breakdown, zh: zh, en: en),
            findings
        )
    }
}
