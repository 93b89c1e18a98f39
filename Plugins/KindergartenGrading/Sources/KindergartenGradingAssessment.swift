public import DudaoCore

/// 浙江省幼儿园等级评定 (浙教学前〔2014〕62号): the seven areas as a scored tree and the grade.
///
/// The seven areas and the four-year re-examination of 一级 kindergartens are confirmed; the
/// 二级 / 三级 criteria, the weights and the grade cut-offs are not (REFERENCE §7), so each area is
/// one leaf read as the assessors' score rate (得分率, 0 … 1), and every weight and cut-off is a
/// parameter tagged [U].
public struct KindergartenGradingAssessment: Assessment {
    public init() {}

    public static let id = "zj-kindergarten-grading"
    static let yearsKey = "years_since_last_grading"
    static let accidentKey = "major_safety_accident"

    static let rows: [TreeRow] = {
        let areas: [(String, String, String, Double)] = [
            ("KG-1", "园舍空间与设施", "Premises and facilities", 15),
            ("KG-2", "班级空间与设施", "Classroom space and facilities", 15),
            ("KG-3", "人员配备与待遇", "Staffing and pay", 15),
            ("KG-4", "园务管理与教师队伍建设", "Management and teacher development", 15),
            ("KG-5", "安全与卫生保健", "Safety and health care", 15),
            ("KG-6", "班级保育与教育", "Care and education in class", 15),
            ("KG-7", "家长工作和社会服务", "Parents and community service", 10),
        ]
        return areas.map { code, zh, en, weight in
            TreeRow(
                code, parent: nil, level: .first, zh: zh, en: en, weight: weight, status: .unconfirmed,
                citation: KindergartenDocuments.areas2020.cite(code, note: "area confirmed; weight not retrieved"),
                measure: .init(field: "score_rate_\(code.dropFirst(3))", target: 1, credit: .proportional, unit: "%", targetStatus: .confirmed)
            )
        }
    }()

    public static let edition2014 = Edition(
        id: "2014",
        titleZh: "浙江省幼儿园等级评定标准（浙教学前〔2014〕62号）",
        titleEn: "Zhejiang kindergarten grading standard (2014)",
        effectiveFrom: CalendarDate(year: 2014, month: 1, day: 1)!,
        documents: KindergartenDocuments.all,
        parameters: TreeRow.parameters(rows) + [
            Parameter("grade.first", .number(85), nameZh: "一级分数线", nameEn: "Grade 1 from", unit: "分", citation: KindergartenDocuments.standard2014.cite("等级标准", note: "cut-off not retrieved"), status: .unconfirmed),
            Parameter("grade.second", .number(70), nameZh: "二级分数线", nameEn: "Grade 2 from", unit: "分", citation: KindergartenDocuments.standard2014.cite("等级标准", note: "cut-off not retrieved"), status: .unconfirmed),
            Parameter("grade.third", .number(60), nameZh: "三级分数线", nameEn: "Grade 3 from", unit: "分", citation: KindergartenDocuments.standard2014.cite("等级标准", note: "cut-off not retrieved"), status: .unconfirmed),
            Parameter("reexamination_years", .integer(4), nameZh: "一级幼儿园复评周期（年）", nameEn: "Re-examination cycle of grade 1 (years)", unit: "年", citation: KindergartenDocuments.standard2014.cite("复评", note: "every four years"), status: .confirmed),
            Parameter("cap.safety_accident", .boolean(true), nameZh: "发生重大安全责任事故不得评为一级", nameEn: "A major safety accident bars grade 1", citation: KindergartenDocuments.standard2014.cite(nil, note: "rule not retrieved"), status: .unconfirmed),
        ],
        notes: [
            "Confirmed [C]: the seven areas, 一级 assessed by the 省教育评估院 and certified by the 厅, re-examined every 4 years and downgraded when it fails.",
            "UNCONFIRMED [U]: the 二级 / 三级 criteria, every area weight, the grade cut-offs (85 / 70 / 60 here) and the safety-accident cap. Each area is read as one score rate.",
        ]
    )

    public var descriptor: AssessmentDescriptor { Self.descriptor }

    public var examples: [WorkedExample] { KindergartenExamples.all }

    public static let descriptor = AssessmentDescriptor.built(id: id) {
        let tree = try Self.tree(edition2014.parameters)
        return AssessmentDescriptor(
            id: id,
            version: "1.0.0",
            titleZh: "浙江省幼儿园等级评定",
            titleEn: "Zhejiang kindergarten grading",
            summaryZh: "按七个方面的得分率计算总分（满分 100）并定等级（一级、二级、三级、未达等级）；一级幼儿园每 4 年复评。方面权重与分数线未核实，均为参数。",
            summaryEn: "Scores the seven areas (out of 100) and grades the kindergarten (grade 1, 2, 3 or below); grade 1 is re-examined every four years. Area weights and cut-offs are unconfirmed parameters.",
            documents: KindergartenDocuments.all,
            editions: [edition2014],
            groups: tree.groups,
            indicators: tree.definitions,
            schema: InputSchema(
                subjectKinds: [.kindergarten],
                facts: TreeRow.fields(rows) { _ in .fraction } + [
                    FieldSpec(accidentKey, .boolean, zh: "评定周期内发生重大安全责任事故", en: "A major safety accident in the period"),
                    FieldSpec(yearsKey, .integer, zh: "距上次等级评定年数", en: "Years since the last grading", unit: "年", constraint: .nonNegative, needed: false),
                ]
            )
        )
    }

    /// The scored tree the parameters give.
    public static func tree(_ parameters: ParameterSet) throws -> ScoredTree {
        var downgrades: [DowngradeRule] = []
        if try parameters.boolean("cap.safety_accident") {
            downgrades.append(
                DowngradeRule("KG-CAP", zh: "发生重大安全责任事故", en: "Major safety accident", field: accidentKey, effect: .capAt("second"), citation: KindergartenDocuments.standard2014.cite(nil), status: .unconfirmed)
            )
        }
        let first = try parameters.number("grade.first")
        let second = try parameters.number("grade.second")
        let third = try parameters.number("grade.third")
        var grades = [
            Grade("first", zh: "一级", en: "grade 1", minimum: first, passes: true),
            Grade("second", zh: "二级", en: "grade 2", minimum: second, passes: true),
            Grade("third", zh: "三级", en: "grade 3", minimum: third, passes: true),
        ]
        grades = grades.enumerated().filter { index, grade in grades[(index + 1)...].allSatisfy { $0.minimum < grade.minimum } }.map(\.element)
        grades.append(Grade("below", zh: "未达等级", en: "below grade 3", minimum: min(0, (grades.last?.minimum ?? 1) - 1), passes: false))
        return ScoredTree(
            totalCode: "KG-TOTAL", gradeCode: "KG-GRADE", zh: "幼儿园等级评定", en: "Kindergarten grading",
            nodes: try TreeRow.nodes(rows, parameters: parameters), bands: GradeBands(grades), downgrades: downgrades,
            citation: KindergartenDocuments.standard2014.cite("等级标准"), bandStatus: .unconfirmed
        )
    }

    public func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        let tree = try Self.tree(context.parameters)
        var evaluation = tree.evaluation(of: tree.score(ScoredTree.values(from: input.facts)))
        let cycle = try context.parameters.integer("reexamination_years")
        if let years = input.facts[Self.yearsKey]?.value.integerValue, years >= cycle {
            evaluation.warnings.append(
                Warning(
                    code: "reexamination_due",
                    zh: "距上次评定已 \(years) 年，一级幼儿园每 \(cycle) 年复评，复评不合格的降级",
                    en: "\(years) years since the last grading; grade 1 is re-examined every \(cycle) years and downgraded if it fails"
                )
            )
        }
        return evaluation
    }

    /// A batch of kindergartens: ranked by score, with the grade of each and the distribution.
    public func summarize(_ results: [AssessmentResult]) -> BatchSummary? {
        guard !results.isEmpty else { return nil }
        return ScoreRanking(results).summary(
            assessment: Self.id, titleZh: "幼儿园等级评定汇总", titleEn: "Kindergarten grading: batch view",
            gradeCode: "KG-GRADE",
            notesZh: ["方面权重与分数线为未核实参数 [U]。"],
            notesEn: ["Area weights and cut-offs are unconfirmed parameters [U]."]
        )
    }
}
