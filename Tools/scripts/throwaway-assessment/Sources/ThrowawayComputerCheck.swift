public import DudaoCore

/// A throw-away assessment: each school's computers per 100 pupils against a fixture floor. It
/// is not a standard; it exists to show that a new folder is picked up with no other edit.
public struct ThrowawayComputerCheck: Assessment {
    public static let id = "throwaway-computer-check"
    static let document = SourceDocument(title: "测试用计算机配备规则", number: nil, issuer: "Dudao fixture", year: 2024, status: .unconfirmed)
    static let group = IndicatorGroup(code: "TC", zh: "配备", en: "Equipment")
    static let indicator = IndicatorDefinition(
        code: "TC-1", zh: "每百名学生计算机台数", en: "Computers per 100 pupils", unit: "台", group: "TC", comparator: .atLeast,
        citation: document.cite("第1条"), status: .unconfirmed
    )

    public init() {}

    public var descriptor: AssessmentDescriptor {
        AssessmentDescriptor(
            id: Self.id, version: "0.0.1", titleZh: "测试用计算机配备检查", titleEn: "Throw-away computer check", summaryZh: "测试夹具。", summaryEn: "A fixture.",
            documents: [Self.document],
            editions: [
                Edition(
                    id: "fixture", titleZh: "夹具", titleEn: "Fixture", effectiveFrom: CalendarDate(year: 2024, month: 1, day: 1)!, documents: [Self.document],
                    parameters: [Parameter("floor", .number(10), nameZh: "下限", nameEn: "Floor", unit: "台", citation: Self.document.cite("第1条"), status: .unconfirmed)]
                )
            ],
            groups: [Self.group],
            indicators: [Self.indicator],
            schema: InputSchema(
                subjectKinds: [.county],
                facts: [],
                unitKinds: [UnitKindSpec(.primary, zh: "小学", en: "primary school")],
                unitFields: [SchoolFigure.pupils.field(constraint: .positive), SchoolFigure.computers.field()],
                requiresUnits: true
            )
        )
    }

    public var examples: [WorkedExample] {
        [
            WorkedExample(
                name: "two schools", summary: "30 computers for 200 pupils and 10 for 100: 40 per 300 pupils, 13.3 per 100.",
                input: Self.county(), verdict: .pass, expectations: [.value("TC-1", 40.0 / 3.0)]
            )
        ]
    }

    public static func county() -> AssessmentInput {
        AssessmentInput(
            assessment: Self.id, subject: Subject(kind: .county, code: "339907", name: "合成县"), period: .calendarYear(2024),
            units: [
                Unit(id: "A", name: "合成甲小学", kind: .primary, fields: ["pupils": 200, "computers": 30]),
                Unit(id: "B", name: "合成乙小学", kind: .primary, fields: ["pupils": 100, "computers": 10]),
            ]
        )
    }

    public func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
        let floor = try context.parameters.number("floor")
        let pupils = input.units.reduce(0) { $0 + ($1.number("pupils") ?? 0) }
        let computers = input.units.reduce(0) { $0 + ($1.number("computers") ?? 0) }
        let value = computers / pupils * 100
        let outcome: Outcome = value >= floor ? .met : .notMet
        return Evaluation(indicators: [
            IndicatorResult(Self.indicator, value: value, threshold: floor, outcome: outcome, zh: "每百名学生 \(value) 台", en: "\(value) per 100 pupils")
        ])
    }
}
