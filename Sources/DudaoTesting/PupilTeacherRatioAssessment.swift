public import DudaoCore

/// A small assessment for tests of the server and the client: each school's pupil-teacher ratio
/// (生师比) against a ceiling, and one veto.
///
/// It exercises every part of the pipeline a real module uses (schema validation, an edition with
/// a parameter, per-unit breakdowns, not-assessable items, a veto, a batch summary) without
/// depending on a real module's figures. Its ceiling and documents are fixtures, not a standard.
public struct PupilTeacherRatioAssessment: Assessment {
    public static let id = "test-pupil-teacher-ratio"
    public static let ratioCode = "PTR-1"
    public static let vetoCode = "PTR-V1"

    public init() {}

    static let document = SourceDocument(
        title: "测试用生师比规则", number: nil, issuer: "Dudao test kit", year: 2020, status: .unconfirmed
    )

    static let ratio = IndicatorDefinition(
        code: ratioCode, zh: "学校生师比达标", en: "schools within the pupil-teacher ceiling", unit: "%",
        group: "resources", comparator: .atLeast, decimals: 1,
        citation: document.cite("第1条"), status: .unconfirmed
    )

    public var examples: [WorkedExample] {
        [
            WorkedExample(name: "three schools within the ceiling", summary: "1200 ÷ 70, 900 ÷ 60 and 800 ÷ 65 are all at most the ceiling.", input: Self.county(), verdict: .pass, expectations: [.measure("within_share", 1)]),
            WorkedExample(
                name: "one crowded school", summary: "1500 pupils for 60 teachers is 25 a teacher, above the ceiling.", input: Self.county(crowded: true), verdict: .fail,
                expectations: [.outcome(Self.ratioCode, .notMet), .finding(Self.ratioCode, unit: "3301100002"), .unitValue(Self.ratioCode, unit: "3301100002", 25)]
            ),
        ]
    }

    public var descriptor: AssessmentDescriptor {
        AssessmentDescriptor(
            id: Self.id,
            version: "1.0.0",
            titleZh: "生师比（测试）",
            titleEn: "Pupil-teacher ratio (test)",
            summaryZh: "每所学校的生师比不超过上限；发生重大安全事故则一票否决。",
            summaryEn: "Every school's pupils per teacher stay under the ceiling; a major incident vetoes.",
            documents: [Self.document],
            editions: [
                Edition(
                    id: "2020",
                    titleZh: "2020 版", titleEn: "2020 edition",
                    effectiveFrom: CalendarDate(year: 2020, month: 1, day: 1)!,
                    documents: [Self.document],
                    parameters: [
                        Parameter(
                            "max_ratio", .number(19), nameZh: "生师比上限", nameEn: "pupil-teacher ceiling",
                            citation: Self.document.cite("第1条"), status: .unconfirmed
                        ),
                        Parameter(
                            "min_share", .number(1), nameZh: "达标学校比例下限", nameEn: "share of schools that must be within it",
                            citation: Self.document.cite("第1条"), status: .unconfirmed
                        ),
                    ]
                )
            ],
            groups: [IndicatorGroup(code: "resources", zh: "资源配置", en: "resources")],
            indicators: [Self.ratio],
            schema: InputSchema(
                subjectKinds: [.county],
                facts: [
                    FieldSpec("major_incident", .boolean, zh: "重大安全事故", en: "major safety incident")
                ],
                unitKinds: [
                    UnitKindSpec(.primary, zh: "小学", en: "primary school"),
                    UnitKindSpec(.junior, zh: "初中", en: "junior secondary school"),
                ],
                unitFields: [
                    FieldSpec("pupils", .integer, zh: "在校生数", en: "pupils", unit: "人", constraint: .positive),
                    FieldSpec("teachers", .integer, zh: "专任教师数", en: "full-time teachers", unit: "人", constraint: .nonNegative),
                ],
                requiresUnits: true
            )
        )
    }

    public func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        let ceiling = try context.parameters.number("max_ratio")
        let minShare = try context.parameters.number("min_share")
        var breakdown: [UnitMeasure] = []
        var within = 0
        var known = 0
        for unit in input.units {
            guard let pupils = unit.fields["pupils"]?.value.numberValue, let teachers = unit.fields["teachers"]?.value.numberValue, teachers > 0 else {
                breakdown.append(UnitMeasure(unitID: unit.id, unitName: unit.name, value: nil, threshold: ceiling, outcome: .notAssessable, note: "pupils or teachers missing"))
                continue
            }
            let ratio = pupils / teachers
            known += 1
            if ratio <= ceiling { within += 1 }
            breakdown.append(UnitMeasure(unitID: unit.id, unitName: unit.name, value: ratio, threshold: ceiling, outcome: ratio <= ceiling ? .met : .notMet))
        }
        let indicator: IndicatorResult
        if known == input.units.count, known > 0 {
            let share = Double(within) / Double(known)
            indicator = IndicatorResult(
                Self.ratio, value: share * 100, threshold: minShare * 100, breakdown: breakdown,
                zh: "\(within)/\(known) 所学校生师比不超过 \(ceiling)", en: "\(within) of \(known) schools within \(ceiling) pupils per teacher"
            )
        } else {
            let missing = context.missing.map(\.path).joined(separator: ", ")
            indicator = IndicatorResult(
                Self.ratio, value: nil, threshold: minShare * 100, breakdown: breakdown,
                zh: "不可评估：缺少字段 \(missing)", en: "not assessable: field \(missing) missing"
            )
        }
        let incident = input.facts["major_incident"]?.value.booleanValue
        let veto = VetoResult(
            code: Self.vetoCode, zh: "重大安全事故", en: "major safety incident", fired: incident,
            citation: Self.document.cite("第2条"), status: .unconfirmed,
            explanationZh: incident == nil ? "不可评估：缺少字段 facts.major_incident" : (incident! ? "发生重大安全事故" : "未发生重大安全事故"),
            explanationEn: incident == nil ? "not assessable: field facts.major_incident missing" : (incident! ? "a major incident happened" : "no major incident")
        )
        let findings = breakdown.filter { $0.outcome == .notMet }.map { unit in
            Finding(
                unitID: unit.unitID, unitName: unit.unitName, indicatorCode: Self.ratioCode,
                nameZh: Self.ratio.nameZh, nameEn: Self.ratio.nameEn,
                value: unit.value, threshold: ceiling, shortfall: (unit.value ?? ceiling) - ceiling,
                zh: "\(unit.unitName) 生师比超过上限", en: "\(unit.unitName) is above the ceiling"
            )
        }
        return Evaluation(
            indicators: [indicator], vetoes: [veto], findings: findings,
            measures: ["within_share": known > 0 ? Double(within) / Double(known) : .nan]
        )
    }

    /// Ranks the subjects by their share of schools within the ceiling, best first.
    public func summarize(_ results: [AssessmentResult]) -> BatchSummary? {
        guard !results.isEmpty else { return nil }
        let ranked = results.sorted { ($0.measures["within_share"] ?? -1) > ($1.measures["within_share"] ?? -1) }
        let rows = ranked.enumerated().map { position, result in
            SummaryRow(
                subjectCode: result.subject.code, subjectName: result.subject.name, rank: position + 1,
                values: ["within_share": result.measures["within_share"] ?? .nan], labels: ["verdict": result.verdict.rawValue]
            )
        }
        let passed = results.filter { $0.verdict == .pass }.count
        return BatchSummary(
            assessment: Self.id, verdict: nil,
            titleZh: "生师比排名", titleEn: "Pupil-teacher ranking",
            rows: rows, statistics: ["passed": Double(passed), "subjects": Double(results.count)],
            notesZh: [], notesEn: []
        )
    }
}

extension PupilTeacherRatioAssessment {
    /// A county of three schools; with `crowded`, one of them is above the ceiling.
    public static func county(code: String = "330110", name: String = "余杭区", crowded: Bool = false, incident: Bool = false) -> AssessmentInput {
        AssessmentInput(
            assessment: Self.id,
            subject: Subject(kind: .county, code: code, name: name),
            period: .schoolYear(2024),
            facts: ["major_incident": FieldValue(.boolean(incident))],
            units: [
                Unit(id: "3301100001", name: "第一小学", kind: .primary, fields: ["pupils": 1200, "teachers": 70]),
                Unit(id: "3301100002", name: "第二小学", kind: .primary, fields: ["pupils": crowded ? 1500 : 900, "teachers": 60]),
                Unit(id: "3301100003", name: "实验初中", kind: .junior, fields: ["pupils": 800, "teachers": 65]),
            ]
        )
    }
}
