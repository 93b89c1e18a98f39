import DudaoCore

/// Hand-built domain values that use every field, with optionals both set and unset, so that a
/// round trip that drops or mangles any field fails.
enum Fixtures {
    static let document = SourceDocument(
        title: "县域义务教育优质均衡发展督导评估办法",
        number: "教督〔2017〕6号",
        issuer: "教育部",
        year: 2017,
        url: "https://example.org/doc",
        status: .confirmed
    )

    static let citation = document.cite("第四条 资源配置 第1项", note: "每百名学生")
    static let bareCitation = Citation(document: "浙江省实施方案", number: nil, article: nil)

    static let edition = Edition(
        id: "2017",
        titleZh: "2017 年版",
        titleEn: "2017 edition",
        effectiveFrom: CalendarDate(year: 2017, month: 4, day: 19)!,
        effectiveUntil: CalendarDate(year: 2030, month: 12, day: 31)!,
        documents: [document],
        parameters: [
            Parameter("resource.primary.teachers_per_100", .number(4.2), nameZh: "每百名学生拥有高学历教师数", nameEn: "qualified teachers per 100 pupils", unit: "人", citation: citation, status: .confirmed),
            Parameter("split.rule", .text("by_pupils"), nameZh: "一贯制拆分规则", nameEn: "split rule", citation: bareCitation, status: .unconfirmed, allowedValues: [.text("by_pupils"), .text("by_classes")]),
            Parameter("flags.strict", .boolean(true), nameZh: "严格", nameEn: "strict", citation: bareCitation, status: .partial, allowedValues: []),
            Parameter("limits.max_class", .integer(45), nameZh: "班额", nameEn: "class size", citation: citation, status: .partial),
        ],
        notes: ["初版"]
    )

    static let input = AssessmentInput(
        assessment: "compulsory-quality-balance",
        edition: "2017",
        subject: Subject(kind: .county, code: "330110", name: "余杭区"),
        period: .schoolYear(2024),
        facts: [
            "social_recognition_rate": FieldValue(.number(0.87), provenance: Provenance(source: "满意度调查", year: 2024, note: "抽样")),
            "budget_ok": FieldValue(.boolean(true)),
            "plan": FieldValue(.text("已制定"), provenance: Provenance(source: "文件")),
            "schools": FieldValue(.integer(12)),
        ],
        units: [
            Unit(id: "3301100001", name: "第一小学", kind: .primary, fields: ["pupils": 1200, "area_m2": 5400.5]),
            Unit(id: "3301100002", name: "", kind: .junior),
        ],
        parameterOverrides: ["resource.primary.teachers_per_100": .number(4.5), "limits.max_class": .integer(40)]
    )

    static let definition = IndicatorDefinition(
        code: "QB-R1",
        zh: "每百名学生拥有高于规定学历教师数",
        en: "Teachers above the required qualification per 100 pupils",
        unit: "人",
        group: "resource",
        comparator: .atLeast,
        decimals: 2,
        citation: citation,
        status: .confirmed
    )

    static let result: AssessmentResult = {
        let indicators = [
            IndicatorResult(
                definition,
                scope: "primary",
                value: 4.6125,
                threshold: 4.2,
                status: .partial,
                breakdown: [
                    UnitMeasure(unitID: "3301100001", unitName: "第一小学", scope: "primary", value: 4.7, threshold: 4.2, outcome: .met, note: "按学段拆分"),
                    UnitMeasure(unitID: "3301100003", unitName: "第三小学", value: nil, threshold: nil, outcome: .notAssessable),
                ],
                zh: "达到 4.2",
                en: "meets 4.2"
            ),
            IndicatorResult(definition, value: nil, threshold: 4.2, zh: "不可评估：缺少字段 teachers", en: "not assessable: field teachers missing"),
            IndicatorResult(
                code: "QB-V1", scope: nil, nameZh: "无违规", nameEn: "no violation", group: "gov", unit: nil, value: 0, threshold: nil,
                comparator: .isFalse, outcome: .notMet, decimals: 0, gating: false, citation: bareCitation, status: .unconfirmed,
                breakdown: [], explanationZh: "", explanationEn: ""
            ),
        ]
        let evaluation = Evaluation(
            indicators: indicators,
            vetoes: [
                VetoResult(code: "V1", zh: "重大安全事故", en: "major safety incident", fired: false, citation: citation, status: .confirmed, explanationZh: "未发生", explanationEn: "none"),
                VetoResult(code: "V2", zh: "违规招生", en: "irregular admission", fired: nil, citation: bareCitation, status: .partial, explanationZh: "不知", explanationEn: "unknown"),
                VetoResult(code: "V3", zh: "有偿补课", en: "paid tutoring", fired: true, citation: bareCitation, status: .unconfirmed, explanationZh: "发生", explanationEn: "happened"),
            ],
            findings: [
                Finding(unitID: "3301100001", unitName: "第一小学", indicatorCode: "QB-R1", scope: "primary", nameZh: "教师", nameEn: "teachers", value: 3.9, threshold: 4.2, shortfall: 0.3, unit: "人", deadline: CalendarDate(year: 2026, month: 8, day: 31), zh: "差 0.3", en: "0.3 short"),
                Finding(indicatorCode: "QB-V1", nameZh: "违规", nameEn: "violation", zh: "整改", en: "rectify"),
            ],
            warnings: [
                Warning(code: "W1", zh: "数据年份不一致", en: "data years differ", unitIDs: ["3301100001", "3301100002"]),
                Warning(code: "W2", zh: "提示", en: "note"),
            ],
            measures: ["composite": 0.8125, "schools": 12]
        )
        let descriptor = AssessmentDescriptor(
            id: "compulsory-quality-balance", version: "1.2.0", titleZh: "县域义务教育优质均衡", titleEn: "Quality balance",
            summaryZh: "", summaryEn: "", documents: [document], editions: [edition], groups: [], indicators: [definition],
            schema: InputSchema(subjectKinds: [.county], facts: [])
        )
        let (parameters, _) = edition.parameters.applying(input.parameterOverrides)
        return AssessmentResult(
            descriptor: descriptor,
            edition: edition,
            parameters: parameters,
            input: input,
            evaluation: evaluation,
            missing: [
                MissingField(path: "facts.teachers", key: "teachers", nameZh: "教师数", nameEn: "teachers"),
                MissingField(path: "units[1].pupils", key: "pupils", nameZh: "学生数", nameEn: "pupils", unitID: "3301100002", unitName: "第二中学"),
            ],
            inputDigest: "sha256:" + String(repeating: "ab", count: 32)
        )
    }()

    static let summary = BatchSummary(
        assessment: "compulsory-quality-balance",
        verdict: .fail,
        titleZh: "全省汇总",
        titleEn: "Province roll-up",
        rows: [
            SummaryRow(subjectCode: "330110", subjectName: "余杭区", rank: 1, values: ["composite": 0.81], labels: ["verdict": "pass"]),
            SummaryRow(subjectCode: "330106", subjectName: "西湖区"),
        ],
        statistics: ["passed": 1, "share": 0.5],
        notesZh: ["注"],
        notesEn: ["note"]
    )
}
