public import DudaoCore

/// 对市县级人民政府履行教育职责评价: the six areas as a scored tree, grades with downgrade
/// rules, and a reproducible on-site sample of the counties in the batch view.
///
/// The six areas and the annual cycle come from 国办发〔2017〕49号 [C]. Zhejiang's own measures
/// were not retrieved (REFERENCE §5.3), so the items, weights, cut-offs (Ningxia's 90 / 80 / 65),
/// downgrade rules and the one-third sampling fraction are parameters tagged [U].
public struct DutyEvaluationAssessment: Assessment {
    public init() {}

    public static let id = "zj-government-education-duty"

    public var descriptor: AssessmentDescriptor { Self.descriptor }

    public var examples: [WorkedExample] { DutyExamples.all }

    public static let descriptor = AssessmentDescriptor.built(id: id) {
        let tree = try DutyTree.make(DutyEditions.provisional.parameters)
        var facts: [FieldSpec] = DutyTree.fields.map { field in
            field.downgrade
                ? FieldSpec(field.key, .boolean, zh: field.zh, en: field.en, definition: "降等或限制条款的事实")
                : FieldSpec(field.key, .number, zh: "\(field.zh) 达成度", en: "\(field.en): degree of completion", unit: "%", constraint: .fraction, definition: "评价组核定的该项达成度（得分 ÷ 满分）")
        }
        facts.sort { $0.key < $1.key }
        return AssessmentDescriptor(
            id: Self.id,
            version: "1.0.0",
            titleZh: "对市县级人民政府履行教育职责评价",
            titleEn: "Evaluation of city and county governments' performance of education duties",
            summaryZh: "六个方面计分（满分 100），按分数线定等次并执行降等规则；批量评价时按设区市分层、以记录的随机种子抽取三分之一的县实地核查。浙江办法未检索到，权重、分数线、降等规则与抽样比例均为未核实参数。",
            summaryEn: "Scores the six areas out of 100, grades by cut-offs with downgrade rules, and in a batch draws a third of the counties for on-site checks, stratified by city from a recorded seed. Zhejiang's measures were not retrieved: weights, cut-offs, downgrade rules and the sampling share are unconfirmed parameters.",
            documents: DutyDocuments.all,
            editions: DutyEditions.all,
            groups: tree.groups,
            indicators: tree.definitions,
            schema: InputSchema(subjectKinds: [.city, .county], facts: facts)
        )
    }

    /// Refuses overrides that make no sense: cut-offs outside 0 … 100, a sampling share outside
    /// 0 … 1, a negative rectification period.
    public func validate(_ input: AssessmentInput, parameters: ParameterSet) -> [ValidationIssue] {
        [
            parameters.issue(DutyEditions.Key.excellent, outside: 0...100),
            parameters.issue(DutyEditions.Key.good, outside: 0...100),
            parameters.issue(DutyEditions.Key.pass, outside: 0...100),
            parameters.issue(DutyEditions.Key.fraction, outside: 0...1),
            parameters.issue(DutyEditions.Key.rectificationDays, outside: 0...3650),
        ].compactMap { $0 }
    }

    public func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        let tree = try DutyTree.make(context.parameters)
        let days = try context.parameters.integer(DutyEditions.Key.rectificationDays)
        let score = tree.score(ScoredTree.values(from: input.facts))
        return tree.evaluation(of: score, deadline: input.period.referenceDate.adding(days: days))
    }

    public func summarize(_ results: [AssessmentResult]) -> BatchSummary? {
        DutyProvinceView(results: results).summary
    }
}
