/// A worked example of an assessment: a named input and the outcome the standard gives for it.
///
/// Modules keep their examples next to their rules (SwiftLint's triggering / non-triggering
/// examples, OpenFisca's YAML tests), so that the examples document the rules and the tests run
/// every one of them: an example whose expectation drifts from the code fails a test.
public struct WorkedExample: Sendable, Hashable {
    /// A short stable name, e.g. `passes-all-headline-indicators`.
    public var name: String
    /// What the example shows, in plain words, with the figures a reader can recompute.
    public var summary: String
    public var input: AssessmentInput
    public var expectedVerdict: Verdict
    /// The codes of the items the verdict rests on (``AssessmentResult/reasons``), sorted; empty
    /// for a pass.
    public var expectedReasons: [String]
    /// Indicator values the summary states, checked to a tolerance.
    public var expectedValues: [ExpectedValue]

    public init(
        name: String,
        summary: String,
        input: AssessmentInput,
        expectedVerdict: Verdict,
        expectedReasons: [String] = [],
        expectedValues: [ExpectedValue] = []
    ) {
        self.name = name
        self.summary = summary
        self.input = input
        self.expectedVerdict = expectedVerdict
        self.expectedReasons = expectedReasons.sorted()
        self.expectedValues = expectedValues
    }

    /// One indicator value an example states.
    public struct ExpectedValue: Sendable, Hashable {
        public var code: String
        public var scope: String?
        public var value: Double
        public var tolerance: Double

        public init(_ code: String, scope: String? = nil, _ value: Double, tolerance: Double = 1e-9) {
            self.code = code
            self.scope = scope
            self.value = value
            self.tolerance = tolerance
        }
    }

    /// The reason codes of `result`, sorted and without duplicates, for comparison with
    /// ``expectedReasons``.
    public static func reasonCodes(of result: AssessmentResult) -> [String] {
        Array(Set(result.reasons.map(\.code))).sorted()
    }

    /// What in `result` differs from the example, described; empty when it matches.
    public func mismatches(in result: AssessmentResult) -> [String] {
        var problems: [String] = []
        if result.verdict != self.expectedVerdict {
            problems.append("\(self.name): verdict \(result.verdict.rawValue), expected \(self.expectedVerdict.rawValue)")
        }
        let reasons = Self.reasonCodes(of: result)
        if reasons != self.expectedReasons {
            problems.append("\(self.name): reasons \(reasons), expected \(self.expectedReasons)")
        }
        for expected in self.expectedValues {
            let actual = result.indicator(expected.code, scope: expected.scope)?.value
            if actual.map({ abs($0 - expected.value) > expected.tolerance }) ?? true {
                let shown = actual.map { String(describing: $0) } ?? "none"
                problems.append("\(self.name): \(expected.code)[\(expected.scope ?? "")] is \(shown), expected \(expected.value)")
            }
        }
        return problems
    }
}
