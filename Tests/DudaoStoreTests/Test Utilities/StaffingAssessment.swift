import DudaoCore

/// A two-indicator assessment made for these tests: one "at least" indicator and one "at most"
/// indicator, so improvement and decline are checked in both directions, and two editions with
/// different thresholds, so a look-back under the edition in force can change the outcome.
///
/// `version` and `classSizeOffset` let a test build a later build of the same assessment whose
/// code computes differently, to see a replay report the difference.
struct StaffingAssessment: Assessment {
    static let id = "test-staffing"
    static let teachersCode = "ST-1"
    static let classSizeCode = "ST-2"

    var version = "1.0.0"
    /// Added to the class size the module computes: a stand-in for a changed formula.
    var classSizeOffset = 0.0

    static let document = SourceDocument(title: "测试用配置标准", number: "测〔2020〕1号", issuer: "测试", year: 2020, status: .unconfirmed)

    static let teachers = IndicatorDefinition(
        code: teachersCode, zh: "每百名学生专任教师数", en: "Full-time teachers per 100 pupils", unit: "人", group: "R",
        comparator: .atLeast, citation: document.cite("第一条"), status: .unconfirmed
    )
    static let classSize = IndicatorDefinition(
        code: classSizeCode, zh: "平均班额", en: "Average class size", unit: "人", group: "R",
        comparator: .atMost, decimals: 1, citation: document.cite("第二条"), status: .unconfirmed
    )

    static func edition(_ id: String, from: String, until: String?, minTeachers: Double, maxClassSize: Double) -> Edition {
        Edition(
            id: id, titleZh: "\(id) 版", titleEn: "\(id) edition",
            effectiveFrom: CalendarDate(from)!, effectiveUntil: until.flatMap(CalendarDate.init),
            documents: [document],
            parameters: [
                Parameter("min_teachers_per_100", .number(minTeachers), nameZh: "教师下限", nameEn: "minimum teachers", citation: document.cite("第一条"), status: .unconfirmed),
                Parameter("max_class_size", .number(maxClassSize), nameZh: "班额上限", nameEn: "maximum class size", citation: document.cite("第二条"), status: .unconfirmed),
            ]
        )
    }

    var examples: [WorkedExample] { [] }

    var descriptor: AssessmentDescriptor {
        AssessmentDescriptor(
            id: Self.id, version: self.version, titleZh: "测试配置评估", titleEn: "Test staffing assessment",
            summaryZh: "测试用", summaryEn: "for tests", documents: [Self.document],
            editions: [
                Self.edition("2020", from: "2020-01-01", until: "2024-08-31", minTeachers: 4.2, maxClassSize: 45),
                Self.edition("2024", from: "2024-09-01", until: nil, minTeachers: 4.5, maxClassSize: 40),
            ],
            groups: [IndicatorGroup(code: "R", zh: "资源配置", en: "Resources")],
            indicators: [Self.teachers, Self.classSize],
            schema: InputSchema(
                subjectKinds: [.county],
                facts: [
                    FieldSpec("teachers_per_100", .number, zh: "每百名学生专任教师数", en: "teachers per 100 pupils", constraint: .nonNegative),
                    FieldSpec("average_class_size", .number, zh: "平均班额", en: "average class size", constraint: .nonNegative),
                ]
            )
        )
    }

    func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        let teachers = input.facts["teachers_per_100"]?.value.numberValue
        let classSize = input.facts["average_class_size"]?.value.numberValue.map { $0 + self.classSizeOffset }
        return Evaluation(indicators: [
            IndicatorResult(
                Self.teachers, value: teachers, threshold: try context.parameters.number("min_teachers_per_100"),
                zh: teachers == nil ? "不可评估：缺少 teachers_per_100" : "每百名学生专任教师数",
                en: teachers == nil ? "not assessable: field teachers_per_100 missing" : "teachers per 100 pupils"
            ),
            IndicatorResult(
                Self.classSize, value: classSize, threshold: try context.parameters.number("max_class_size"),
                zh: classSize == nil ? "不可评估：缺少 average_class_size" : "平均班额",
                en: classSize == nil ? "not assessable: field average_class_size missing" : "average class size"
            ),
        ])
    }
}
