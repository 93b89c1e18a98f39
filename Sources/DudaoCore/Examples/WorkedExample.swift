/// A worked example of an assessment: a named input and the outcome the standard gives for it.
///
/// Modules keep their examples next to their rules (SwiftLint's triggering / non-triggering
/// examples, OpenFisca's YAML tests), so that the examples document the rules and the tests run
/// every one of them: an example whose expectation drifts from the code fails a test.
public struct WorkedExample: Sendable, Hashable, Codable {
    /// A short stable name, e.g. `passes-all-headline-indicators`.
    public var name: String
    /// What the example shows, in plain words.
    public var summary: String
    public var input: AssessmentInput
    public var expectedVerdict: Verdict
    /// The codes of the items the verdict rests on (``AssessmentResult/reasons``), sorted; empty
    /// for a pass.
    public var expectedReasons: [String]

    public init(name: String, summary: String, input: AssessmentInput, expectedVerdict: Verdict, expectedReasons: [String] = []) {
        self.name = name
        self.summary = summary
        self.input = input
        self.expectedVerdict = expectedVerdict
        self.expectedReasons = expectedReasons.sorted()
    }

    /// The reason codes of `result`, sorted and without duplicates, for comparison with
    /// ``expectedReasons``.
    public static func reasonCodes(of result: AssessmentResult) -> [String] {
        Array(Set(result.reasons.map(\.code))).sorted()
    }
}
