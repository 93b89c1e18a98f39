public import DudaoCore

/// 县域义务教育基本均衡 monitoring (教督〔2012〕3号): the 8 校际差异系数 of each 学段, their mean, the
/// 综合差异系数, against its limit, and the change of every coefficient since the previous year for
/// a county certified earlier.
///
/// Each coefficient is the enrolment-weighted 差异系数 (``DifferenceCoefficient``, REFERENCE §1.2.1);
/// the composite is the mean of the unrounded single coefficients (``CompositeCoefficient``),
/// rounded only for display. The limits 0.65 (小学) and 0.55 (初中) are recalled, not confirmed, so
/// they are [U] parameters. A coefficient that grew since the previous year is reported as a
/// warning, not a failure: no retrieved text says what a worsening means for a certified county.
public struct BasicBalanceAssessment: Assessment {
    public init() {}

    public static let descriptor = AssessmentDescriptor(
        id: "compulsory-basic-balance-monitoring",
        version: "1.0.0",
        titleZh: "县域义务教育基本均衡发展年度监测",
        titleEn: "Annual monitoring of county basic balance in compulsory education",
        summaryZh: "按教督〔2012〕3号计算小学、初中 8 项指标的校际差异系数及综合差异系数（单项系数未经舍入求平均），对照版本参数中的上限，并与上年系数比较，列出扩大的系数。",
        summaryEn: "Computes, per 学段, the 8 inter-school difference coefficients of 教督〔2012〕3号 and the composite as their unrounded mean, checks the composite against the edition's limit, and lists the coefficients that grew since the previous year.",
        documents: BasicBalanceDocuments.all,
        editions: BasicBalanceEditions.all,
        groups: BasicBalanceIndicators.groups,
        indicators: BasicBalanceIndicators.all,
        schema: BasicBalanceSchema.schema
    )

    public var descriptor: AssessmentDescriptor { Self.descriptor }

    public var examples: [WorkedExample] { BasicBalanceExamples.all }

    /// Teachers with a higher qualification or a title are part of the teachers; certification
    /// cannot come after the monitored year.
    public func validate(_ input: AssessmentInput, parameters: ParameterSet) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for (index, unit) in input.units.enumerated() {
            guard let teachers = unit.number(SchoolFigure.fullTimeTeachers.key) else { continue }
            for key in [SchoolFigure.qualifiedTeachers.key, SchoolFigure.intermediateTitleTeachers.key] {
                if let part = unit.number(key), part > teachers {
                    issues.append(.init(path: "units[\(index)].\(key)", rule: .inconsistent, zh: "\(key) \(Int(part)) 多于专任教师 \(Int(teachers))", en: "\(key) (\(Int(part))) exceeds teachers (\(Int(teachers)))"))
                }
            }
        }
        if let year = input.number("certification_year"), Int(year) > input.period.startYear {
            issues.append(.init(path: "facts.certification_year", rule: .inconsistent, zh: "认定年份 \(Int(year)) 晚于监测年度 \(input.period.startYear)", en: "certification year \(Int(year)) is after the monitored year \(input.period.startYear)"))
        }
        return issues
    }

    public func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        let parameters = context.parameters
        let decimals = try parameters.integer("monitoring.comparison_decimals")
        var indicators: [IndicatorResult] = []
        var warnings: [Warning] = []
        var measures: [String: Double] = [:]
        var worsened: [(zh: String, en: String)] = []

        for stage in SchoolStage.compulsory {
            let schools = input.units.filter { $0.kind == stage.unitKind }
            guard !schools.isEmpty else {
                warnings.append(Warning(code: "BB-W-NO-STAGE", zh: "输入中没有\(stage.nameZh)学校，未计算\(stage.nameZh)差异系数", en: "no \(stage.nameEn) school in the input; its coefficients are not computed"))
                continue
            }
            let pupils = FieldTotal("pupils", over: schools)
            var singles: [Double] = []
            var unknown: [String] = []
            for resource in BasicBalanceResource.all {
                let definition = BasicBalanceIndicators.single(resource)
                let previous = input.number(BasicBalanceSchema.previousFact(resource.key, stage))
                let totals = FieldTotal(resource.field, over: schools)
                guard totals.value != nil, pupils.value != nil else {
                    indicators.append(.notAssessable(definition, scope: stage.rawValue, threshold: previous, missing: [pupils.missingNote, totals.missingNote].compactMap(\.self)))
                    unknown.append(resource.code)
                    continue
                }
                let samples = schools.map { DifferenceCoefficient.Sample(resource: $0.number(resource.field)!, pupils: $0.number("pupils")!) }
                guard let coefficient = DifferenceCoefficient(samples, scale: resource.scale) else {
                    indicators.append(.notAssessable(definition, scope: stage.rawValue, threshold: previous, missing: [.reason(zh: "全县\(stage.nameZh)\(resource.fieldZh)合计为 0，差异系数无定义", en: "the \(stage.nameEn) schools have no \(resource.field) at all: the coefficient is undefined")]))
                    unknown.append(resource.code)
                    continue
                }
                singles.append(coefficient.coefficient)
                measures["cv.\(resource.key).\(stage.rawValue)"] = coefficient.coefficient
                measures["mean.\(resource.key).\(stage.rawValue)"] = coefficient.mean
                let trend = Self.trend(coefficient.coefficient, previous: previous, decimals: decimals)
                if trend.outcome == .notMet {
                    worsened.append((zh: "\(stage.nameZh)\(resource.nameZh) \(trend.zh)", en: "\(stage.nameEn) \(resource.nameEn.lowercased()) \(trend.en)"))
                }
                let breakdown = schools.map { school in
                    Self.schoolMeasure(school, resource: resource, stage: stage, countyMean: coefficient.mean)
                }
                indicators.append(
                    IndicatorResult(
                        definition, scope: stage.rawValue, value: coefficient.coefficient, threshold: previous, outcome: trend.outcome,
                        breakdown: breakdown,
                        zh: "\(stage.nameZh) \(coefficient.schoolCount) 校：均值 \(Rounding.format(coefficient.mean, decimals: 2)) \(resource.ratioUnit)，标准差 \(Rounding.format(coefficient.standardDeviation, decimals: 3))，差异系数 \(Rounding.format(coefficient.coefficient, decimals: 3))；\(trend.zh)",
                        en: "\(coefficient.schoolCount) \(stage.nameEn) schools: mean \(Rounding.format(coefficient.mean, decimals: 2)) \(resource.ratioUnit), SD \(Rounding.format(coefficient.standardDeviation, decimals: 3)), coefficient \(Rounding.format(coefficient.coefficient, decimals: 3)); \(trend.en)"
                    )
                )
            }

            let limit = try parameters.number(stage.limitParameter)
            let previousComposite = input.number(BasicBalanceSchema.previousFact("composite", stage))
            guard unknown.isEmpty, let composite = CompositeCoefficient(singles) else {
                let note = MissingNote.reason(zh: "单项差异系数 \(unknown.joined(separator: ", ")) 不可评估", en: "single coefficients \(unknown.joined(separator: ", ")) are not assessable")
                indicators.append(.notAssessable(BasicBalanceIndicators.composite, scope: stage.rawValue, threshold: limit, status: parameters[stage.limitParameter]?.status, missing: [note]))
                indicators.append(.notAssessable(BasicBalanceIndicators.compositeTrend, scope: stage.rawValue, threshold: previousComposite, missing: [note]))
                continue
            }
            measures["composite.\(stage.rawValue)"] = composite.value
            indicators.append(
                IndicatorResult(
                    BasicBalanceIndicators.composite, scope: stage.rawValue, value: composite.value, threshold: limit,
                    status: parameters[stage.limitParameter]?.status,
                    zh: "\(stage.nameZh)综合差异系数 = 8 项单项系数（未舍入）的平均 = \(Rounding.format(composite.value, decimals: 3))，上限 \(Rounding.format(limit, decimals: 2))（[U] 未核实）",
                    en: "\(stage.nameEn) composite = mean of the 8 unrounded single coefficients = \(Rounding.format(composite.value, decimals: 3)); limit \(Rounding.format(limit, decimals: 2)) ([U] unconfirmed)"
                )
            )
            let trend = Self.trend(composite.value, previous: previousComposite, decimals: decimals)
            if trend.outcome == .notMet {
                worsened.append((zh: "\(stage.nameZh)综合差异系数 \(trend.zh)", en: "\(stage.nameEn) composite \(trend.en)"))
            }
            indicators.append(
                IndicatorResult(
                    BasicBalanceIndicators.compositeTrend, scope: stage.rawValue, value: composite.value, threshold: previousComposite, outcome: trend.outcome,
                    zh: trend.zh, en: trend.en
                )
            )
        }

        if !worsened.isEmpty {
            warnings.append(
                Warning(
                    code: "BB-W-WORSENED",
                    zh: "与上年相比扩大的差异系数：" + worsened.map(\.zh).joined(separator: "；") + "。扩大本身不改变结论（监测规则未核实）。",
                    en: "Coefficients that grew since the previous year: " + worsened.map(\.en).joined(separator: "; ") + ". Growth alone does not change the verdict (the monitoring rule is unconfirmed)."
                )
            )
        }
        let primaryLimit = Rounding.format(try parameters.number(SchoolStage.primary.limitParameter), decimals: 2)
        let juniorLimit = Rounding.format(try parameters.number(SchoolStage.junior.limitParameter), decimals: 2)
        warnings.append(
            Warning(
                code: "BB-W-LIMITS",
                zh: "所用综合差异系数上限：小学 \(primaryLimit)、初中 \(juniorLimit)。2012 年数值（0.65、0.55）为回忆值，未在检索到的文本中核实 [U]，为版本参数。",
                en: "Composite limits used: primary \(primaryLimit), junior \(juniorLimit). The 2012 figures (0.65, 0.55) are recalled, not found in a retrieved text [U]; they are edition parameters."
            )
        )
        var findings: [Finding] = []
        for indicator in indicators where indicator.gating && indicator.outcome == .notMet {
            findings.append(Finding(indicator))
        }
        return Evaluation(indicators: indicators, findings: findings, warnings: warnings, measures: measures)
    }

    /// One school's ratio Xᵢ of a resource, with its distance from the county mean X̄ in the note.
    ///
    /// 基本均衡 monitoring sets no standard for a single school (the provincial 办学标准 are not part
    /// of it), so the school's outcome is "not assessable" and the value is shown for reference: the
    /// schools far from the mean are the ones that drive the coefficient.
    static func schoolMeasure(_ school: Unit, resource: BasicBalanceResource, stage: SchoolStage, countyMean: Double) -> UnitMeasure {
        let ratio = school.number(resource.field)! / school.number("pupils")! * resource.scale
        let deviation = ratio / countyMean - 1
        let side = deviation < 0 ? "below" : "above"
        return UnitMeasure(
            unitID: school.id, unitName: school.name, scope: stage.rawValue, value: ratio, threshold: nil, outcome: .notAssessable,
            note: "\(Rounding.percent(abs(deviation), decimals: 1)) \(side) the county mean \(Rounding.format(countyMean, decimals: 2)) \(resource.ratioUnit); no school-level standard in this monitoring"
        )
    }

    /// Compares a coefficient with the previous year's at the published precision: worse only when
    /// it is larger at `decimals` places.
    static func trend(_ value: Double, previous: Double?, decimals: Int) -> (outcome: Outcome, zh: String, en: String) {
        let shown = Rounding.format(value, decimals: decimals)
        guard let previous else {
            return (.notAssessable, "无上年系数，未作比较（本年 \(shown)）", "no previous-year figure to compare with (this year \(shown))")
        }
        let before = Rounding.format(previous, decimals: decimals)
        if Rounding.round(value, decimals: decimals) > Rounding.round(previous, decimals: decimals) {
            return (.notMet, "由上年 \(before) 扩大为 \(shown)", "grew from \(before) to \(shown)")
        }
        return (.met, "上年 \(before)，本年 \(shown)，未扩大", "\(before) last year, \(shown) this year: not larger")
    }
}
