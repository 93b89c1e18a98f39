import DudaoCore
import Testing

struct WorkedExampleTests {
    /// The smallest assessment: fact `x` must be at least 1.
    struct AtLeastOne: Assessment {
        static let document = SourceDocument(title: "示例", number: nil, issuer: "示例", year: nil, status: .unconfirmed)
        static let indicator = IndicatorDefinition(code: "T-1", zh: "x", en: "x", group: "G", comparator: .atLeast, citation: document.cite(nil), status: .unconfirmed)

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

    func result(x: Double) throws -> AssessmentResult {
        try AssessmentRegistry([AtLeastOne()]).evaluate(self.input(x: x))
    }

    @Test("an example that matches its result has no mismatches")
    func matches() throws {
        let example = WorkedExample(name: "low", summary: "", input: self.input(x: 0.5), expectedVerdict: .fail, expectedReasons: ["T-1"], expectedValues: [.init("T-1", 0.5)])
        #expect(example.mismatches(in: try self.result(x: 0.5)).isEmpty)
    }

    @Test("a wrong verdict, wrong reasons and a wrong value are each reported")
    func mismatches() throws {
        let example = WorkedExample(name: "low", summary: "", input: self.input(x: 0.5), expectedVerdict: .pass, expectedValues: [.init("T-1", 0.6), .init("T-2", 1)])
        let problems = example.mismatches(in: try self.result(x: 0.5))
        #expect(problems == [
            "low: verdict fail, expected pass",
            "low: reasons [\"T-1\"], expected []",
            "low: T-1[] is 0.5, expected 0.6",
            "low: T-2[] is none, expected 1.0",
        ])
    }
}
