public import DudaoCore

/// 义务教育教师平均工资收入不低于当地公务员: one county's check, and a roll-up over the counties of a
/// city or a province.
///
/// The rule is the law (《教师法》 art. 25, REFERENCE §3). The comparison 口径, which pay items count
/// on each side, which staff, which year, is not in any text found, so each part is an edition
/// parameter tagged [U], the parity indicator carries [U], and every result has a warning that
/// states the 口径 used. Averages come from item totals over head counts (``AverageComparison``);
/// the gap is what it would cost to lift every teacher to the civil servants' average.
public struct TeacherPayAssessment: Assessment {
    public init() {}

    public static let descriptor = AssessmentDescriptor(
        id: "teacher-pay-parity",
        version: "1.0.0",
        titleZh: "义务教育教师平均工资收入不低于当地公务员督导",
        titleEn: "Compulsory-school teachers' pay not below local civil servants'",
        summaryZh: "按版本参数规定的口径（计入项目、人群、年度）比较县域义务教育教师与当地公务员年平均工资收入，给出差额、比值、人均与总缺口，检查联动调整机制；可汇总一个设区市或全省各县。",
        summaryEn: "Compares a county's compulsory-school teachers' average annual pay with its civil servants' under the 口径 set by edition parameters (items, populations, year): difference, ratio, per-capita and total gap, and the linkage mechanism; rolls up the counties of a city or a province.",
        documents: TeacherPayDocuments.all,
        editions: TeacherPayEditions.all,
        groups: TeacherPayIndicators.groups,
        indicators: TeacherPayIndicators.all,
        schema: TeacherPaySchema.schema
    )

    public var descriptor: AssessmentDescriptor { Self.descriptor }

    public var examples: [WorkedExample] { TeacherPayExamples.all }

    /// The pay data must be of the year the edition compares.
    public func validate(_ input: AssessmentInput, parameters: ParameterSet) -> [ValidationIssue] {
        guard let year = input.number("pay_data_year"), let offset = try? parameters.integer("comparison.data_year_offset") else { return [] }
        let expected = input.period.startYear + offset
        guard Int(year) != expected else { return [] }
        return [
            ValidationIssue(
                path: "facts.pay_data_year", rule: .inconsistent,
                zh: "工资数据年度应为 \(expected)（评估年度 \(input.period.startYear)，偏移 \(offset)），实际为 \(Int(year))",
                en: "pay data must be of \(expected) (assessed year \(input.period.startYear), offset \(offset)); got \(Int(year))"
            )
        ]
    }

    public func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        let parameters = context.parameters
        let basis = try TeacherPayBasis(parameters)
        let threshold = try parameters.number("parity.min_ratio")
        var indicators: [IndicatorResult] = []
        var findings: [Finding] = []
        var measures: [String: Double] = [:]

        let teacherTotal = basis.total(.teachers, in: input)
        let civilTotal = basis.total(.civilServants, in: input)
        let teachers = input.number("teacher_headcount")
        let civilServants = input.number("civil_servant_headcount")
        var notes = teacherTotal.missing + civilTotal.missing
        if teachers == nil { notes.append(.fact("teacher_headcount")) }
        if civilServants == nil { notes.append(.fact("civil_servant_headcount")) }
        if notes.isEmpty, let teachers, let civilServants,
            let comparison = AverageComparison(total: teacherTotal.sum, headcount: teachers, referenceTotal: civilTotal.sum, referenceHeadcount: civilServants, target: threshold)
        {
            let parity = IndicatorResult(
                TeacherPayIndicators.parity, value: comparison.ratio, threshold: threshold, status: .unconfirmed,
                zh: "教师年平均工资收入 \(Self.yuan(comparison.average)) 元，公务员 \(Self.yuan(comparison.referenceAverage)) 元，差额 \(Self.yuan(comparison.difference)) 元，比值 \(Rounding.percent(comparison.ratio, decimals: 2))（标准 ≥ \(Rounding.percent(threshold))）；人均缺口 \(Self.yuan(comparison.perCapitaGap)) 元，总缺口 \(Self.yuan(comparison.totalGap)) 元。口径见警告 TP-W-KOUJING",
                en: "teachers' average \(Self.yuan(comparison.average)) yuan, civil servants' \(Self.yuan(comparison.referenceAverage)) yuan, difference \(Self.yuan(comparison.difference)), ratio \(Rounding.percent(comparison.ratio, decimals: 2)) (standard ≥ \(Rounding.percent(threshold))); gap \(Self.yuan(comparison.perCapitaGap)) per teacher, \(Self.yuan(comparison.totalGap)) in total. 口径 in warning TP-W-KOUJING"
            )
            indicators.append(parity)
            if parity.outcome == .notMet {
                findings.append(
                    Finding(
                        parity,
                        zh: "教师平均工资收入低于公务员 \(Self.yuan(-comparison.difference)) 元；补齐需人均 \(Self.yuan(comparison.perCapitaGap)) 元，共 \(Self.yuan(comparison.totalGap)) 元（\(Int(teachers)) 人）",
                        en: "teachers' average is \(Self.yuan(-comparison.difference)) yuan below civil servants'; closing it takes \(Self.yuan(comparison.perCapitaGap)) per teacher, \(Self.yuan(comparison.totalGap)) for \(Int(teachers)) teachers"
                    )
                )
            }
            measures = [
                "teacher_average": comparison.average, "civil_servant_average": comparison.referenceAverage,
                "difference": comparison.difference, "ratio": comparison.ratio,
                "per_capita_gap": comparison.perCapitaGap, "total_gap": comparison.totalGap,
                "teacher_headcount": teachers, "civil_servant_headcount": civilServants,
            ]
        } else {
            if notes.isEmpty {
                notes.append(.reason(zh: "公务员一方计入项目合计为 0，无可比较的平均工资", en: "the civil servants' counted items add up to 0: no average to compare with"))
            }
            indicators.append(.notAssessable(TeacherPayIndicators.parity, threshold: threshold, status: .unconfirmed, missing: notes))
        }

        for (definition, key) in [(TeacherPayIndicators.linkage, "linkage_mechanism_established"), (TeacherPayIndicators.funding, "funding_mechanism_established")] {
            guard let established = input.flag(key) else {
                indicators.append(.notAssessable(definition, threshold: 1, missing: [.fact(key)]))
                continue
            }
            let result = IndicatorResult(
                definition, value: established ? 1 : 0, threshold: 1,
                zh: established ? "已建立\(definition.nameZh)" : "未建立\(definition.nameZh)",
                en: established ? "established" : "not established"
            )
            indicators.append(result)
            if result.gating && result.outcome == .notMet { findings.append(Finding(result)) }
        }
        if let linkage = input.flag("linkage_mechanism_established") { measures["linkage_mechanism"] = linkage ? 1 : 0 }

        return Evaluation(indicators: indicators, findings: findings, warnings: [basis.warning(for: input)], measures: measures)
    }

    /// Sums of money with thousands separators, as every module writes them in its sentences.
    static func yuan(_ value: Double) -> String { Rounding.grouped(value, decimals: 0) }
}
