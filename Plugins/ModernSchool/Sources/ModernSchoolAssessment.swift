public import DudaoCore

/// 浙江省现代化学校 督导评估: the five focus areas as a scored tree and the recognition line.
///
/// Confirmed (REFERENCE §7): launched in 2020 by the 省教育厅 and the 省政府教育督导室 for six school
/// types (幼儿园, 小学, 初中, 普高, 中职, 社区学校), with the focus 办学思想, 育人模式, 队伍建设,
/// 学生发展, 学校发展. The indicators under them, the weights and the recognition line are not,
/// so each area is one leaf read as the assessors' score rate (0 … 1) and every weight is a
/// parameter tagged [U].
public struct ModernSchoolAssessment: Assessment {
    public init() {}

    public static let id = "zj-modern-school"

    public static let frame2020 = SourceDocument(
        title: "浙江省现代化学校督导评估（2020年启动）",
        number: nil,
        issuer: "浙江省教育厅、浙江省人民政府教育督导室",
        year: 2020,
        url: "http://mpkhhfp.com/article-64063-1.html",
        status: .confirmed
    )

    /// The six school types the frame covers [C]; the input names one.
    public static let schoolTypes = ["kindergarten", "primary", "junior", "senior", "vocational", "community"]

    static let rows: [TreeRow] = [
        ("MS-1", "办学思想", "School philosophy"),
        ("MS-2", "育人模式", "Model of education"),
        ("MS-3", "队伍建设", "Staff development"),
        ("MS-4", "学生发展", "Student development"),
        ("MS-5", "学校发展", "School development"),
    ].map { code, zh, en in
        TreeRow(
            code, parent: nil, level: .first, zh: zh, en: en, weight: 20, status: .unconfirmed,
            citation: frame2020.cite(code, note: "focus area confirmed; weight not retrieved"),
            measure: .init(field: "score_rate_\(code.dropFirst(3))", target: 1, credit: .proportional, unit: "%", targetStatus: .confirmed)
        )
    }

    public static let edition2020 = Edition(
        id: "2020",
        titleZh: "浙江省现代化学校督导评估（2020）",
        titleEn: "Zhejiang modern-school assessment (2020)",
        effectiveFrom: CalendarDate(year: 2020, month: 1, day: 1)!,
        documents: [frame2020],
        parameters: TreeRow.parameters(rows) + [
            Parameter("recognition_score", .number(85), nameZh: "认定分数线", nameEn: "Recognition line", unit: "分", citation: frame2020.cite("认定", note: "line not retrieved"), status: .unconfirmed)
        ],
        notes: [
            "Confirmed [C]: the frame, six school types, the five focus areas; 363 schools recognised in 2020.",
            "UNCONFIRMED [U]: the indicators under each area, the equal weights of 20 used here, and the recognition line of 85.",
        ]
    )

    public var descriptor: AssessmentDescriptor { Self.descriptor }

    public var examples: [WorkedExample] { ModernSchoolExamples.all }

    public static let descriptor = AssessmentDescriptor.built(id: id) {
        let tree = try Self.tree(edition2020.parameters)
        return AssessmentDescriptor(
            id: id,
            version: "1.0.0",
            titleZh: "浙江省现代化学校督导评估",
            titleEn: "Zhejiang modern-school assessment",
            summaryZh: "按办学思想、育人模式、队伍建设、学生发展、学校发展五个方面的得分率计算总分（满分 100），达到认定分数线的予以认定。权重与分数线未核实，均为参数。",
            summaryEn: "Scores the five focus areas (out of 100) and recognises the school at the recognition line. Weights and the line are unconfirmed parameters.",
            documents: [frame2020],
            editions: [edition2020],
            groups: tree.groups,
            indicators: tree.definitions,
            schema: InputSchema(
                subjectKinds: [.school, .kindergarten],
                facts: TreeRow.fields(rows) { _ in .fraction } + [
                    FieldSpec("school_type", .text, zh: "学校类型（kindergarten/primary/junior/senior/vocational/community）", en: "School type", needed: false)
                ]
            )
        )
    }

    /// The scored tree the parameters give.
    public static func tree(_ parameters: ParameterSet) throws -> ScoredTree {
        let line = try parameters.number("recognition_score")
        return ScoredTree(
            totalCode: "MS-TOTAL", gradeCode: "MS-RECOGNITION", zh: "现代化学校评估", en: "Modern-school assessment",
            nodes: try TreeRow.nodes(rows, parameters: parameters),
            bands: GradeBands([
                Grade("recognised", zh: "予以认定", en: "recognised", minimum: line, passes: true),
                Grade("not_recognised", zh: "不予认定", en: "not recognised", minimum: min(0, line - 1), passes: false),
            ]),
            citation: frame2020.cite("认定"), bandStatus: .unconfirmed
        )
    }

    public func validate(_ input: AssessmentInput, parameters: ParameterSet) -> [ValidationIssue] {
        guard let type = input.facts["school_type"]?.value.textValue, !Self.schoolTypes.contains(type) else { return [] }
        return [
            ValidationIssue(
                path: "facts.school_type", rule: .notAllowed,
                zh: "学校类型应为 \(Self.schoolTypes.joined(separator: "/"))，实际为 \(type)", en: "school_type must be one of \(Self.schoolTypes.joined(separator: ", ")); got \(type)"
            )
        ]
    }

    public func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        let tree = try Self.tree(context.parameters)
        return tree.evaluation(of: tree.score(ScoredTree.values(from: input.facts)))
    }

    /// A batch of schools: ranked by score, recognised or not, and the distribution.
    public func summarize(_ results: [AssessmentResult]) -> BatchSummary? {
        guard !results.isEmpty else { return nil }
        return ScoreRanking(results).summary(
            assessment: Self.id, titleZh: "现代化学校评估汇总", titleEn: "Modern-school assessment: batch view",
            gradeCode: "MS-RECOGNITION",
            notesZh: ["权重与认定分数线为未核实参数 [U]。"],
            notesEn: ["Weights and the recognition line are unconfirmed parameters [U]."]
        )
    }
}
