import DudaoCore
import Testing

struct WorkedExampleMismatchTests {
    /// The smallest assessment: fact `x` must be at least 1.
    struct AtLeastOne: Assessment {
        static let document = SourceDocument(title: "示例", number: nil, issuer: "示例", year: nil, status: .unconfirmed)
        static let indicator = IndicatorDefinition(code: "T-1", zh: "x", en: "x", group: "G", comparator: .atLeast, citation: document.cite(nil), status: .unconfirmed)

        var examples: [WorkedExample] { [] }

        var descriptor: AssessmentDescriptor {
            AssessmentDescriptor(
                id: "at-least-one", version: "1", titleZh: "示例", titleEn: "example", summaryZh: "", summaryEn: "",
                documents: [Self.document],
                editions: [Edition(id: "1", titleZh: "", titleEn: "", effectiveFrom: CalendarDate(year: 2000, month: 1, day: 1)!, documents: [], parameters: [])],
                groups: [IndicatorGroup(code: "G", zh: "", en: "")], indicators: [Self.indicator],
                schema: InputSchema(subjectKinds: [.county], facts: [FieldSpec("x", .number, zh: "x", en: "x")])
            )
        }

        func evaluate(_ input: AssessmentInput, context: EvaluationContext) throws -> Evaluation {
            Evaluation(indicators: [IndicatorResult(Self.indicator, value: input.number("x"), threshold: 1, zh: "", en: "")])
        }
    }

    func input(x: Double) -> AssessmentInput {
        AssessmentInput(assessment: "at-least-one", subject: Subject(kind: .county, code: "339901", name: "示例"), period: .calendarYear(2024), facts: ["x": .init(.number(x))])
    }

    @Test("an example that matches its result has no mismatches, and the result names its reasons")
    func matches() throws {
        let result = try AssessmentRegistry([AtLeastOne()]).evaluate(self.input(x: 0.5))
        let example = WorkedExample(name: "low", summary: "", input: self.input(x: 0.5), verdict: .fail, expectations: [.outcome("T-1", .notMet), .value("T-1", 0.5)])
        #expect(example.mismatches(in: result).isEmpty)
        #expect(result.reasonCodes == ["T-1"])
    }

    @Test("a wrong verdict and a wrong value are each reported")
    func mismatches() throws {
        let result = try AssessmentRegistry([AtLeastOne()]).evaluate(self.input(x: 0.5))
        let example = WorkedExample(name: "low", summary: "", input: self.input(x: 0.5), verdict: .pass, expectations: [.value("T-1", 0.6), .warning("W")])
        #expect(example.mismatches(in: result).count == 3)
    }
}
