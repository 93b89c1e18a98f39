public import DudaoCore

/// 浙江省县（市、区）教育现代化发展水平监测 and the 教育基本现代化县 assessment it grew from.
///
/// A county's (or development zone's) figures are scored on the 5 一级 / 12 二级 / 42 三级 tree of
/// the 2015 operating standard with the weights of the 2017 monitoring 细则 (REFERENCE §4.1–§4.2),
/// giving a composite out of 100 and a level. Only the first rows of the 细则 are confirmed; the
/// rest are parameters tagged [U], and results carry a warning saying so. Run over every county at
/// once, ``summarize(_:)`` gives the province view: ranking, distribution, 创建率 and each county's
/// weakest indicators.
public struct ModernizationAssessment: Assessment {
    public init() {}

    public static let id = "zj-county-education-modernization"

    public var descriptor: AssessmentDescriptor { Self.descriptor }

    public var examples: [WorkedExample] { ModernizationExamples.all }

    public static let descriptor = AssessmentDescriptor.built(id: id) {
        let tree = try ModernizationTree.make(ModernizationEditions.monitoring2017.parameters)
        return AssessmentDescriptor(
            id: Self.id,
            version: "1.0.0",
            titleZh: "县（市、区）教育现代化发展水平监测",
            titleEn: "County education-modernization monitoring (Zhejiang)",
            summaryZh: "按 5 个一级、12 个二级、42 个三级指标计算综合得分（满分 100），并给出全省排名、分布、创建率与各县薄弱指标。仅 2017 年度细则前若干行的权重已核实，其余权重与目标值为未核实参数。",
            summaryEn: "Scores a county on the 5 / 12 / 42 indicator tree (out of 100) and, over the province, ranks counties, describes the distribution, the creation rate and each county's weakest indicators. Only the first rows of the 2017 rules are confirmed; the other weights and targets are unconfirmed parameters.",
            documents: ModernizationDocuments.all,
            editions: ModernizationEditions.all,
            groups: tree.groups,
            indicators: tree.definitions,
            schema: ModernizationSchema.schema
        )
    }

    /// Refuses a development zone under a code that is not one of ``ModernizationZones``.
    public func validate(_ input: AssessmentInput, parameters: ParameterSet) -> [ValidationIssue] {
        [ModernizationZones.check(input.subject)].compactMap { $0 }
    }

    public func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        let tree = try ModernizationTree.make(context.parameters)
        let score = tree.score(ScoredTree.values(from: input.facts))
        var evaluation = tree.evaluation(of: score)
        // The title is not scored; it travels as a measure so the province view can count it.
        if let recognized = input.facts[ModernizationSchema.recognizedKey]?.value.booleanValue {
            evaluation.measures[ModernizationSchema.recognizedKey] = recognized ? 1 : 0
        }
        return evaluation
    }

    public func summarize(_ results: [AssessmentResult]) -> BatchSummary? {
        ModernizationProvinceView(results: results).summary
    }
}
