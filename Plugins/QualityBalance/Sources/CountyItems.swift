import DudaoCore

/// The county-level items: eligibility, the government and quality items that rest on county
/// facts, and social recognition. Each item is a list of conditions on facts; all must hold.
struct CountyItems: Sendable {
    /// One condition of an item: a fact tested against a threshold parameter (or true).
    struct Condition: Sendable {
        enum Test: Sendable {
            case isTrue
            case atLeast(String)
            case atMost(String)
            case lessThan(String)
        }

        var factKey: String
        var test: Test
    }

    /// An item: its definition, an optional scope and its conditions (the first numeric one is the item's value).
    struct Item: Sendable {
        var code: String
        var scope: String?
        var conditions: [Condition]
    }

    static func when(_ key: String, _ test: Condition.Test) -> Condition { Condition(factKey: key, test: test) }

    /// The items that rest on plain facts (G03–G05 are per school, G08 and E1 are computed).
    static let items: [Item] = [
        Item(code: "QB-G01", conditions: [Self.when("gov_school_network_planned", .isTrue)]),
        Item(code: "QB-G02", conditions: [Self.when("gov_four_unified_standards", .isTrue)]),
        Item(code: "QB-G06", conditions: [Self.when("gov_small_school_funding_as_100", .isTrue)]),
        Item(code: "QB-G07", conditions: [Self.when("special_school_public_funds_per_pupil_yuan", .atLeast("gov.special_school_funds_per_pupil_min_yuan"))]),
        Item(code: "QB-G09", conditions: [Self.when("teacher_training_completion_rate", .atLeast("gov.training_completion_min"))]),
        Item(code: "QB-G10", conditions: [Self.when("gov_staffing_allocated_by_county", .isTrue)]),
        Item(
            code: "QB-G11",
            conditions: [Self.when("teacher_rotation_rate", .atLeast("gov.rotation_rate_min")), Self.when("rotated_backbone_share", .atLeast("gov.rotation_backbone_share_min"))]
        ),
        Item(code: "QB-G12", conditions: [Self.when("teacher_certificate_rate", .atLeast("gov.certificate_rate_min"))]),
        Item(code: "QB-G13", scope: "primary", conditions: [Self.when("primary_nearby_enrolment_rate", .atLeast("gov.nearby_enrolment.primary_min"))]),
        Item(code: "QB-G13", scope: "junior", conditions: [Self.when("junior_nearby_enrolment_rate", .atLeast("gov.nearby_enrolment.junior_min"))]),
        Item(code: "QB-G14", conditions: [Self.when("senior_places_allocated_share", .atLeast("gov.senior_places_allocated_min"))]),
        Item(
            code: "QB-G15",
            conditions: [Self.when("migrant_children_public_share", .atLeast("gov.migrant_public_share_min")), Self.when("left_behind_care_system_in_place", .isTrue)]
        ),
        Item(code: "QB-Q1", conditions: [Self.when("junior_retention_rate", .atLeast("quality.junior_retention_min"))]),
        Item(code: "QB-Q2", conditions: [Self.when("disabled_children_enrolment_rate", .atLeast("quality.disabled_enrolment_min"))]),
        Item(code: "QB-Q3", conditions: [Self.when("schools_have_charter_and_ict_management", .isTrue)]),
        Item(code: "QB-Q4", conditions: [Self.when("lowest_school_training_budget_share", .atLeast("quality.training_budget_share_min"))]),
        Item(code: "QB-Q5", conditions: [Self.when("ict_used_in_teaching", .isTrue)]),
        Item(code: "QB-Q6", conditions: [Self.when("moral_education_rated_good", .isTrue)]),
        Item(code: "QB-Q7", conditions: [Self.when("full_curriculum_delivered", .isTrue)]),
        Item(code: "QB-Q8", conditions: [Self.when("homework_burden_within_limits", .isTrue)]),
        Item(
            code: "QB-Q9",
            conditions: [Self.when("monitoring_school_difference_rate", .lessThan("quality.monitoring_difference_rate_max")), Self.when("monitoring_level_iii_attained", .isTrue)]
        ),
        Item(code: "QB-S1", conditions: [Self.when("social_recognition_rate", .atLeast("social.recognition_min"))]),
    ]

    /// The schema's facts by key, found once: each condition names its fact.
    private static let factSpecs = Dictionary(QualityBalanceSchema.schema.facts.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

    let facts: [String: FieldValue]
    let parameters: ParameterSet
    let period: Period

    init(facts: [String: FieldValue], parameters: ParameterSet, period: Period) {
        self.facts = facts
        self.parameters = parameters
        self.period = period
    }

    /// One condition's reading: the value, its threshold and whether it holds.
    struct Reading {
        var key: String
        var value: Double?
        var threshold: Double?
        var outcome: Outcome
        var textZh: String
        var textEn: String
    }

    /// Evaluates every county item, in code order, with the findings of the failed ones.
    func evaluate() throws -> (indicators: [IndicatorResult], findings: [Finding]) {
        var results: [IndicatorResult] = [try self.eligibility()]
        for item in Self.items {
            results.append(try self.evaluate(item))
        }
        results.append(try self.teacherPay())
        results = QualityBalance.inReportOrder(results)
        let findings = results.filter { $0.outcome == .notMet }.map { result in
            Finding(
                indicatorCode: result.code, scope: result.scope, nameZh: result.nameZh, nameEn: result.nameEn,
                value: result.value, threshold: result.threshold,
                shortfall: Self.shortfall(result), unit: result.unit,
                zh: result.explanationZh, en: result.explanationEn
            )
        }
        return (results, findings)
    }

    static func shortfall(_ result: IndicatorResult) -> Double? {
        guard let value = result.value, let threshold = result.threshold else { return nil }
        switch result.comparator {
        case .atLeast, .greaterThan: return max(0, threshold - value)
        case .atMost, .lessThan: return max(0, value - threshold)
        case .isTrue, .isFalse: return nil
        }
    }

    func read(_ condition: Condition) throws -> Reading {
        let spec = Self.factSpecs[condition.factKey]
        let nameZh = spec?.nameZh ?? condition.factKey
        let nameEn = spec?.nameEn ?? condition.factKey
        let isRate = spec?.constraint == .fraction
        func show(_ value: Double) -> String {
            isRate ? Rounding.percent(value, decimals: 2) : Rounding.format(value, decimals: 2)
        }
        guard let field = self.facts[condition.factKey] else {
            return Reading(
                key: condition.factKey, value: nil, threshold: nil, outcome: .notAssessable,
                textZh: "不可评估：缺少字段 facts.\(condition.factKey)（\(nameZh)）",
                textEn: "not assessable: field facts.\(condition.factKey) (\(nameEn)) missing"
            )
        }
        switch condition.test {
        case .isTrue:
            let flag = field.value.booleanValue ?? false
            return Reading(
                key: condition.factKey, value: flag ? 1 : 0, threshold: nil, outcome: flag ? .met : .notMet,
                textZh: "\(nameZh)：\(flag ? "是" : "否")", textEn: "\(nameEn): \(flag ? "yes" : "no")"
            )
        case .atLeast(let key), .atMost(let key), .lessThan(let key):
            let threshold = try self.parameters.number(key)
            let value = field.value.numberValue ?? .nan
            let (holds, symbol): (Bool, String) =
                switch condition.test {
                case .atLeast: (Tolerance.atLeast(value, threshold), "≥")
                case .atMost: (Tolerance.atMost(value, threshold), "≤")
                default: (Tolerance.lessThan(value, threshold), "<")
                }
            return Reading(
                key: condition.factKey, value: value, threshold: threshold, outcome: holds ? .met : .notMet,
                textZh: "\(nameZh) \(show(value))，要求 \(symbol) \(show(threshold))\(holds ? "" : "，未达到")",
                textEn: "\(nameEn) \(show(value)), required \(symbol) \(show(threshold))\(holds ? "" : ", not reached")"
            )
        }
    }

    func evaluate(_ item: Item) throws -> IndicatorResult {
        let definition = QualityBalanceIndicators.definition(item.code)
        let readings = try item.conditions.map(self.read)
        return Self.result(definition, scope: item.scope, readings: readings)
    }

    static func result(_ definition: IndicatorDefinition, scope: String?, readings: [Reading]) -> IndicatorResult {
        let outcome = Outcome.all(readings.map(\.outcome))
        let primary = readings.first { $0.threshold != nil } ?? readings.first
        let verdictZh = outcome == .met ? "达标" : (outcome == .notMet ? "未达标" : "不可评估")
        let verdictEn = outcome == .met ? "met" : (outcome == .notMet ? "not met" : "not assessable")
        let zh = "\(definition.nameZh)：" + readings.map(\.textZh).joined(separator: "；") + "。\(verdictZh)。"
        let en = "\(definition.nameEn): " + readings.map(\.textEn).joined(separator: "; ") + ". \(verdictEn.prefix(1).uppercased() + verdictEn.dropFirst())."
        let value = outcome == .notAssessable && primary?.value == nil ? nil : primary?.value
        return IndicatorResult(definition, scope: scope, value: value, threshold: primary?.threshold, outcome: outcome, zh: zh, en: en)
    }

    /// G08: teachers' average pay against civil servants', as a ratio.
    func teacherPay() throws -> IndicatorResult {
        let definition = QualityBalanceIndicators.definition("QB-G08")
        let minimum = try self.parameters.number("gov.teacher_pay_ratio_min")
        let teacher = self.facts["teacher_average_pay_yuan"]?.value.numberValue
        let civil = self.facts["civil_servant_average_pay_yuan"]?.value.numberValue
        guard let teacher, let civil, civil > 0 else {
            let missing = [("teacher_average_pay_yuan", teacher), ("civil_servant_average_pay_yuan", civil)].filter { $0.1 == nil }.map { "facts.\($0.0)" }
            let list = missing.joined(separator: ", ")
            return IndicatorResult(
                definition, value: nil, threshold: minimum, outcome: .notAssessable,
                zh: "\(definition.nameZh)：不可评估：缺少字段 \(list)。", en: "\(definition.nameEn): not assessable: field(s) \(list) missing."
            )
        }
        let ratio = teacher / civil
        let met = Tolerance.atLeast(ratio, minimum)
        let pay = { (value: Double) in Rounding.grouped(value, decimals: 0) }
        return IndicatorResult(
            definition, value: ratio, threshold: minimum, outcome: met ? .met : .notMet,
            zh: "教师年平均工资 \(pay(teacher)) 元，公务员 \(pay(civil)) 元，比值 \(Rounding.format(ratio, decimals: 4))，要求 ≥ \(Rounding.format(minimum, decimals: 2))。\(met ? "达标" : "未达标")。",
            en: "Teachers' average pay \(pay(teacher)) yuan against civil servants' \(pay(civil)) yuan, ratio \(Rounding.format(ratio, decimals: 4)), required ≥ \(Rounding.format(minimum, decimals: 2)). \(met ? "Met" : "Not met")."
        )
    }

    /// E1: at least the required years since 基本均衡 recognition, counted to the period's first year,
    /// with annual monitoring kept at a high level.
    func eligibility() throws -> IndicatorResult {
        let definition = QualityBalanceIndicators.eligibility
        let minimum = Double(try self.parameters.integer("eligibility.years_since_basic_balance_min"))
        var readings: [Reading] = []
        if let year = self.facts["basic_balance_certified_year"]?.value.numberValue {
            let years = Double(self.period.startYear) - year
            let holds = years >= minimum
            readings.append(
                Reading(
                    key: "basic_balance_certified_year", value: years, threshold: minimum, outcome: holds ? .met : .notMet,
                    textZh: "\(Int(year)) 年通过基本均衡认定，至评估期（\(self.period)）\(Int(years)) 年，要求 ≥ \(Int(minimum)) 年",
                    textEn: "recognised as basically balanced in \(Int(year)), \(Int(years)) year(s) before the period \(self.period); at least \(Int(minimum)) required"
                )
            )
        } else {
            readings.append(
                Reading(
                    key: "basic_balance_certified_year", value: nil, threshold: minimum, outcome: .notAssessable,
                    textZh: "不可评估：缺少字段 facts.basic_balance_certified_year（通过基本均衡认定年份）",
                    textEn: "not assessable: field facts.basic_balance_certified_year missing"
                )
            )
        }
        readings.append(try self.read(Self.when("basic_balance_monitoring_maintained", .isTrue)))
        return Self.result(definition, scope: nil, readings: readings)
    }
}
