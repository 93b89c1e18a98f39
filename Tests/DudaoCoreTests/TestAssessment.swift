import DudaoCore

/// A small assessment for core tests: one per-unit ratio indicator against an edition threshold,
/// one subject-level rate, one veto.
struct TestAssessment: Assessment {
    static let document = SourceDocument(title: "测试标准", number: "测〔2020〕1号", issuer: "测试", year: 2020, status: .confirmed)

    static let ratio = IndicatorDefinition(code: "T-1", zh: "生均面积", en: "Area per pupil", unit: "㎡", group: "R", comparator: .atLeast, citation: document.cite("第一条"), status: .confirmed)
    static let rate = IndicatorDefinition(code: "T-2", zh: "认可度", en: "Recognition", unit: "%", group: "S", comparator: .atLeast, citation: document.cite("第二条"), status: .partial)

    static func edition(_ id: String, from: String, until: String? = nil, threshold: Double) -> Edition {
        Edition(
            id: id, titleZh: "\(id) 版", titleEn: "Edition \(id)",
            effectiveFrom: CalendarDate(from)!, effectiveUntil: until.flatMap(CalendarDate.init),
            documents: [document],
            parameters: [
                Parameter("area.min", .number(threshold), nameZh: "生均面积下限", nameEn: "Minimum area", unit: "㎡", citation: document.cite("第一条"), status: .confirmed),
                Parameter("rate.min", .number(0.85), nameZh: "认可度下限", nameEn: "Minimum recognition", citation: document.cite("第二条"), status: .partial),
                Parameter("split", .text("weighted"), nameZh: "拆分规则", nameEn: "Split rule", citation: document.cite("附件"), status: .unconfirmed, allowedValues: [.text("weighted"), .text("proportional")]),
            ]
        )
    }

    var examples: [WorkedExample] { [] }

    var descriptor: AssessmentDescriptor {
        AssessmentDescriptor(
            id: "test", version: "1.0.0", titleZh: "测试评估", titleEn: "Test assessment", summaryZh: "", summaryEn: "",
            documents: [Self.document],
            editions: [
                Self.edition("2017", from: "2017-01-01", until: "2020-08-31", threshold: 4.0),
                Self.edition("2020", from: "2020-09-01", threshold: 4.5),
            ],
            groups: [IndicatorGroup(code: "R", zh: "资源", en: "Resources"), IndicatorGroup(code: "S", zh: "认可", en: "Recognition")],
            indicators: [Self.ratio, Self.rate],
            schema: InputSchema(
                subjectKinds: [.county],
                facts: [
                    FieldSpec("recognition_rate", .number, zh: "社会认可度", en: "Social recognition", constraint: .fraction),
                    FieldSpec("exam_admission", .boolean, zh: "考试招生", en: "Admission by examination"),
                ],
                unitKinds: [UnitKindSpec(.primary, zh: "小学", en: "Primary")],
                unitFields: [
                    FieldSpec("pupils", .integer, zh: "在校生数", en: "Pupils", constraint: .positive),
                    FieldSpec("area_m2", .number, zh: "面积", en: "Area", unit: "㎡", constraint: .nonNegative),
                ],
                requiresUnits: true
            )
        )
    }

    func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        let threshold = try context.parameters.number("area.min")
        var area = 0.0
        var pupils = 0.0
        var missing = false
        for unit in input.units {
            guard let a = unit.fields["area_m2"]?.value.numberValue, let p = unit.fields["pupils"]?.value.numberValue else {
                missing = true
                continue
            }
            area += a
            pupils += p
        }
        let ratio = missing ? nil : Ratios.perPupil(area, pupils: pupils)
        let rate = input.facts["recognition_rate"]?.value.numberValue
        let exam = input.facts["exam_admission"]?.value.booleanValue
        return Evaluation(
            indicators: [
                IndicatorResult(Self.ratio, value: ratio, threshold: threshold, zh: "", en: ""),
                IndicatorResult(Self.rate, value: rate, threshold: try context.parameters.number("rate.min"), zh: "", en: ""),
            ],
            vetoes: [VetoResult(code: "T-V1", zh: "考试招生", en: "Exam admission", fired: exam, citation: Self.document.cite("第三条"), status: .confirmed, explanationZh: "", explanationEn: "")]
        )
    }
}

extension AssessmentInput {
    static func test(period: String = "2024-2025", units: [Unit]? = nil, facts: [String: FieldValue]? = nil) -> AssessmentInput {
        AssessmentInput(
            assessment: "test",
            subject: Subject(kind: .county, code: "339901", name: "示例县"),
            period: Period(period)!,
            facts: facts ?? ["recognition_rate": 0.9, "exam_admission": false],
            units: units ?? [
                Unit(id: "s1", name: "一小", kind: .primary, fields: ["pupils": 100, "area_m2": 500]),
                Unit(id: "s2", name: "二小", kind: .primary, fields: ["pupils": 300, "area_m2": 1500]),
            ]
        )
    }
}
