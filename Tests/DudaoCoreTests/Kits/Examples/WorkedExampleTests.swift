import DudaoCore
import Testing

struct WorkedExampleTests {
    static let citation = Citation(document: "测试", number: nil, article: nil)
    static let definition = IndicatorDefinition(code: "X", zh: "甲", en: "x", group: "G", comparator: .atLeast, citation: citation, status: .confirmed)

    static func result(value: Double) -> AssessmentResult {
        let descriptor = AssessmentDescriptor(
            id: "t", version: "1", titleZh: "测试", titleEn: "test", summaryZh: "", summaryEn: "", documents: [],
            editions: [], groups: [], indicators: [definition], schema: InputSchema(subjectKinds: [.county], facts: [])
        )
        let edition = Edition(id: "e", titleZh: "版", titleEn: "edition", effectiveFrom: CalendarDate(year: 2020, month: 1, day: 1)!, documents: [], parameters: [])
        let evaluation = Evaluation(indicators: [IndicatorResult(definition, value: value, threshold: 1, zh: "", en: "")], measures: ["total": value])
        return AssessmentResult(
            descriptor: descriptor, edition: edition, parameters: edition.parameters,
            input: AssessmentInput(assessment: "t", subject: Subject(kind: .county, code: "330100", name: "县"), period: .calendarYear(2020)),
            evaluation: evaluation, missing: [], inputDigest: "sha256:0"
        )
    }

    static func example(_ verdict: Verdict, _ expectations: [WorkedExample.Expectation]) -> WorkedExample {
        WorkedExample(name: "n", summary: "s", input: AssessmentInput(assessment: "t", subject: Subject(kind: .county, code: "330100", name: "县"), period: .calendarYear(2020)), verdict: verdict, expectations: expectations)
    }

    @Test("a matching result has no mismatches")
    func matches() {
        #expect(Self.example(.pass, [.value("X", 2), .outcome("X", .met), .measure("total", 2)]).mismatches(in: Self.result(value: 2)) == [])
    }

    @Test("each wrong expectation is reported")
    func mismatches() {
        let problems = Self.example(.fail, [.value("X", 3), .outcome("X", .notMet), .measure("total", 3), .finding("X", unit: nil), .vetoFired("V"), .warning("w"), .value("X", nil)])
            .mismatches(in: Self.result(value: 2))
        #expect(problems.count == 8)
    }
}
