public import DudaoCore

/// 浙江省县域基础教育生态监测: 3 一级 / 15 二级 / 25 监测点 as a scored tree, with the anomaly
/// factors (bullying, abnormal deaths) lowering the band.
///
/// The structure and the named examples are confirmed (REFERENCE §7); the weights, targets and
/// bands are not and are parameters tagged [U]. A violation count leaf earns its weight only at
/// zero; rates earn in proportion to their target.
public struct EducationEcologyAssessment: Assessment {
    public init() {}

    public static let id = "zj-basic-education-ecology"

    public static let edition2021 = Edition(
        id: "2021-trial",
        titleZh: "浙江省县域基础教育生态监测评价指标体系（试行，2021）",
        titleEn: "Zhejiang county basic-education ecology monitoring (trial, 2021)",
        effectiveFrom: CalendarDate(year: 2020, month: 11, day: 1)!,
        documents: EcologyDocuments.all,
        parameters: TreeRow.parameters(EcologyIndicators.rows) + [
            Parameter("band.good", .number(80), nameZh: "良好分数线", nameEn: "Good from", unit: "分", citation: EcologyDocuments.report2021.cite(nil, note: "scores roughly normal; no bands published"), status: .unconfirmed),
            Parameter("band.fair", .number(60), nameZh: "一般分数线", nameEn: "Fair from", unit: "分", citation: EcologyDocuments.report2021.cite(nil, note: "no bands published"), status: .unconfirmed),
        ] + EcologyIndicators.anomalies.map {
            Parameter("downgrade.\($0.code)", .integer(1), nameZh: "\($0.zh)：降档数", nameEn: "\($0.en): bands dropped", citation: EcologyDocuments.report2021.cite("异常因子", note: "anomaly factor named; its effect not retrieved"), status: .unconfirmed)
        },
        notes: [
            "Confirmed [C]: 3 一级 (教育外部生态, 教育内部生态, 个体发展生态), 15 二级, 25 监测点, the examples the 2021 report names, and the anomaly factors bullying and abnormal deaths.",
            "UNCONFIRMED [U]: every weight (一级 30 / 35 / 35, 二级 equal, points equal here), every target, the bands, the reconstructed rows and the effect of the anomaly factors (one band down here).",
        ]
    )

    public var descriptor: AssessmentDescriptor { Self.descriptor }

    public var examples: [WorkedExample] { EcologyExamples.all }

    public static let descriptor = AssessmentDescriptor.built(id: id) {
        let tree = try Self.tree(edition2021.parameters)
        let constraint: (TreeRow.Measure) -> Constraint = { measure in measure.unit == "件" ? .nonNegative : (measure.unit == "%" ? .fraction : .nonNegative) }
        return AssessmentDescriptor(
            id: id,
            version: "1.0.0",
            titleZh: "县域基础教育生态监测",
            titleEn: "County basic-education ecology monitoring (Zhejiang)",
            summaryZh: "按 3 个一级、15 个二级、25 个监测点计算县域基础教育生态得分（满分 100），欺凌与非正常死亡等异常因子降档。权重、目标值与分档未核实，均为参数。",
            summaryEn: "Scores a county's basic-education ecology on 3 / 15 / 25 indicators (out of 100); anomaly factors such as bullying lower the band. Weights, targets and bands are unconfirmed parameters.",
            documents: EcologyDocuments.all,
            editions: [edition2021],
            groups: tree.groups,
            indicators: tree.definitions,
            schema: InputSchema(
                subjectKinds: [.county],
                facts: TreeRow.fields(EcologyIndicators.rows, constraint: constraint)
                    + EcologyIndicators.anomalies.map { FieldSpec($0.field, .boolean, zh: $0.zh, en: $0.en, definition: $0.code) }
            )
        )
    }

    /// The scored tree the parameters give.
    public static func tree(_ parameters: ParameterSet) throws -> ScoredTree {
        let good = try parameters.number("band.good")
        let fair = try parameters.number("band.fair")
        var grades = [
            Grade("good", zh: "良好", en: "good", minimum: good, passes: true),
            Grade("fair", zh: "一般", en: "fair", minimum: fair, passes: true),
        ]
        grades = grades.enumerated().filter { index, grade in grades[(index + 1)...].allSatisfy { $0.minimum < grade.minimum } }.map(\.element)
        grades.append(Grade("poor", zh: "较差", en: "poor", minimum: min(0, (grades.last?.minimum ?? 1) - 1), passes: false))
        let downgrades = try EcologyIndicators.anomalies.compactMap { anomaly -> DowngradeRule? in
            let steps = try parameters.integer("downgrade.\(anomaly.code)")
            guard steps > 0 else { return nil }
            return DowngradeRule(anomaly.code, zh: anomaly.zh, en: anomaly.en, field: anomaly.field, effect: .drop(steps), citation: EcologyDocuments.report2021.cite("异常因子"), status: .unconfirmed)
        }
        return ScoredTree(
            totalCode: "ECO-TOTAL", gradeCode: "ECO-BAND", zh: "基础教育生态", en: "Basic-education ecology",
            nodes: try TreeRow.nodes(EcologyIndicators.rows, parameters: parameters),
            bands: GradeBands(grades), downgrades: downgrades,
            citation: EcologyDocuments.framework.cite(nil), bandStatus: .unconfirmed
        )
    }

    public func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        let tree = try Self.tree(context.parameters)
        return tree.evaluation(of: tree.score(ScoredTree.values(from: input.facts)))
    }

    /// The province view: counties ranked by score, the distribution, bands and weakest points.
    public func summarize(_ results: [AssessmentResult]) -> BatchSummary? {
        guard !results.isEmpty else { return nil }
        return ScoreRanking(results).summary(
            assessment: Self.id, titleZh: "全省县域基础教育生态监测", titleEn: "Province view: basic-education ecology",
            gradeCode: "ECO-BAND",
            notesZh: ["按得分从高到低排名，同分同名次；缺少数据的县不参与排名。权重、目标值与分档为未核实参数 [U]。"],
            notesEn: ["Ranked by score, equal scores share a rank; counties with missing data are unranked. Weights, targets and bands are unconfirmed parameters [U]."]
        )
    }
}
