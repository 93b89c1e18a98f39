/// A worked example of an assessment: a named input and what its result must show.
///
/// Modules ship their examples as values next to the code; their tests run every one, so the
/// examples cannot drift from the rules they illustrate.
public struct WorkedExample: Sendable {
    public var name: String
    public var summary: String
    public var input: AssessmentInput
    public var verdict: Verdict
    public var expectations: [Expectation]

    public init(name: String, summary: String, input: AssessmentInput, verdict: Verdict, expectations: [Expectation] = []) {
        self.name = name
        self.summary = summary
        self.input = input
        self.verdict = verdict
        self.expectations = expectations
    }

    /// One thing the result must show.
    public enum Expectation: Sendable, Hashable {
        case outcome(String, Outcome)
        /// The indicator's value, within `tolerance`; `nil` for "no value".
        case value(String, Double?, tolerance: Double = 1e-9)
        /// A measure of the evaluation, within `tolerance`.
        case measure(String, Double, tolerance: Double = 1e-9)
        case finding(String, unit: String?)
        case vetoFired(String)
        case warning(String)
    }

    /// The expectations the result does not meet, described; empty when it matches.
    public func mismatches(in result: AssessmentResult) -> [String] {
        var problems: [String] = []
        if result.verdict != self.verdict {
            problems.append("verdict \(result.verdict.rawValue), expected \(self.verdict.rawValue); reasons: \(result.reasons.map(\.code))")
        }
        for expectation in self.expectations {
            switch expectation {
            case .outcome(let code, let outcome):
                let actual = result.indicator(code)?.outcome
                if actual != outcome { problems.append("\(code): outcome \(actual?.rawValue ?? "absent"), expected \(outcome.rawValue)") }
            case .value(let code, let value, let tolerance):
                let actual = result.indicator(code)?.value
                let matches: Bool =
                    switch (actual, value) {
                    case (nil, nil): true
                    case (let actual?, let value?): abs(actual - value) <= tolerance
                    default: false
                    }
                if !matches { problems.append("\(code): value \(actual.map(String.init(describing:)) ?? "nil"), expected \(value.map(String.init(describing:)) ?? "nil")") }
            case .measure(let key, let value, let tolerance):
                let actual = result.measures[key]
                if actual.map({ abs($0 - value) > tolerance }) ?? true {
                    problems.append("measure \(key): \(actual.map(String.init(describing:)) ?? "absent"), expected \(value)")
                }
            case .finding(let code, let unit):
                if !result.findings.contains(where: { $0.indicatorCode == code && $0.unitID == unit }) {
                    problems.append("no finding \(code) for \(unit ?? "the subject")")
                }
            case .vetoFired(let code):
                if !result.firedVetoes.contains(where: { $0.code == code }) { problems.append("veto \(code) did not fire") }
            case .warning(let code):
                if !result.warnings.contains(where: { $0.code == code }) { problems.append("no warning \(code)") }
            }
        }
        return problems
    }
}
