public import DudaoCore

/// A worked example: a named input and what its evaluation must show.
///
/// Examples document the rules by cases a reader can recompute by hand; the test target runs every
/// one of them, so they cannot drift from the code.
public struct QualityBalanceExample: Sendable {
    public var name: String
    public var summary: String
    public var input: AssessmentInput
    public var verdict: Verdict
    public var expectations: [Expectation]

    public init(name: String, summary: String, input: AssessmentInput, verdict: Verdict, expectations: [Expectation]) {
        self.name = name
        self.summary = summary
        self.input = input
        self.verdict = verdict
        self.expectations = expectations
    }

    /// One thing the result must show.
    public enum Expectation: Sendable, Hashable {
        case outcome(String, scope: String? = nil, Outcome)
        /// The item's value, within `tolerance`.
        case value(String, scope: String? = nil, Double, tolerance: Double = 1e-9)
        /// One school's value in an item's breakdown.
        case unitValue(String, scope: String? = nil, unit: String, Double, tolerance: Double = 1e-9)
        case finding(String, scope: String? = nil, unit: String?)
        case noFinding(String, unit: String?)
        case warning(String, unit: String?)
        case vetoFired(String)
        case reason(String, Reason.Kind)
    }

    /// The expectations the result does not meet, described; empty when it matches.
    public func mismatches(in result: AssessmentResult) -> [String] {
        var problems: [String] = []
        if result.verdict != self.verdict {
            problems.append("verdict \(result.verdict.rawValue), expected \(self.verdict.rawValue); reasons: \(result.reasons.map(\.code))")
        }
        for expectation in self.expectations {
            switch expectation {
            case .outcome(let code, let scope, let outcome):
                let actual = result.indicator(code, scope: scope)?.outcome
                if actual != outcome { problems.append("\(code)[\(scope ?? "")] outcome \(actual?.rawValue ?? "absent"), expected \(outcome.rawValue)") }
            case .value(let code, let scope, let value, let tolerance):
                let actual = result.indicator(code, scope: scope)?.value
                if actual.map({ abs($0 - value) > tolerance }) ?? true {
                    problems.append("\(code)[\(scope ?? "")] value \(actual.map(String.init(describing:)) ?? "nil"), expected \(value)")
                }
            case .unitValue(let code, let scope, let unit, let value, let tolerance):
                let actual = result.indicator(code, scope: scope)?.breakdown.first { $0.unitID == unit }?.value
                if actual.map({ abs($0 - value) > tolerance }) ?? true {
                    problems.append("\(code)[\(scope ?? "")] at \(unit): \(actual.map(String.init(describing:)) ?? "nil"), expected \(value)")
                }
            case .finding(let code, let scope, let unit):
                if !result.findings.contains(where: { $0.indicatorCode == code && $0.unitID == unit && (scope == nil || $0.scope == scope) }) {
                    problems.append("no finding \(code) for \(unit ?? "county")")
                }
            case .noFinding(let code, let unit):
                if result.findings.contains(where: { $0.indicatorCode == code && $0.unitID == unit }) {
                    problems.append("unexpected finding \(code) for \(unit ?? "county")")
                }
            case .warning(let code, let unit):
                let matches = result.warnings.contains { warning in
                    warning.code == code && (unit.map { warning.unitIDs.contains($0) } ?? true)
                }
                if !matches {
                    problems.append("no warning \(code) for \(unit ?? "county")")
                }
            case .vetoFired(let code):
                if !result.firedVetoes.contains(where: { $0.code == code }) { problems.append("veto \(code) did not fire") }
            case .reason(let code, let kind):
                if !result.reasons.contains(where: { $0.code == code && $0.kind == kind }) { problems.append("no reason \(code) (\(kind.rawValue))") }
            }
        }
        return problems
    }
}
