/// A worked example of an assessment: a named input and what its result must show.
///
/// Every ``Assessment`` ships its examples as values next to its code (``Assessment/examples``),
/// the way a lint rule carries its triggering and non-triggering cases; one conformance suite runs
/// the examples of every bundled assessment, so they cannot drift from the rules they illustrate.
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

    /// One thing the result must show. `scope` picks the 学段 (or other scope) of a scoped indicator.
    public enum Expectation: Sendable, Hashable {
        case outcome(String, scope: String? = nil, Outcome)
        /// The indicator's value, within `tolerance`; `nil` for "no value".
        case value(String, scope: String? = nil, Double?, tolerance: Double = 1e-9)
        /// One unit's value in an indicator's breakdown, within `tolerance`.
        case unitValue(String, scope: String? = nil, unit: String, Double, tolerance: Double = 1e-9)
        /// A measure of the evaluation, within `tolerance`.
        case measure(String, Double, tolerance: Double = 1e-9)
        case finding(String, scope: String? = nil, unit: String?)
        case noFinding(String, unit: String?)
        case vetoFired(String)
        /// A warning with this code, naming `unit` when one is given.
        case warning(String, unit: String? = nil)
        case reason(String, Reason.Kind)
        /// The verdict rests on exactly the indicators this example expects to be other than met
        /// and the vetoes it expects to fire: no other reason.
        case exactReasons
    }

    /// The example, also requiring that its expected failures are the result's only reasons.
    public func withExactReasons() -> WorkedExample {
        var example = self
        example.expectations.append(.exactReasons)
        return example
    }

    /// The expectations the result does not meet, described; empty when it matches.
    public func mismatches(in result: AssessmentResult) -> [String] {
        var problems: [String] = []
        if result.verdict != self.verdict {
            problems.append("verdict \(result.verdict.rawValue), expected \(self.verdict.rawValue); reasons: \(result.reasons.map(\.code))")
        }
        for expectation in self.expectations {
            if let problem = Self.mismatch(expectation, in: result) { problems.append(problem) }
        }
        if self.expectations.contains(.exactReasons) {
            let expected = self.expectations.compactMap { expectation -> String? in
                switch expectation {
                case .outcome(let code, _, let outcome) where outcome != .met: code
                case .vetoFired(let code): code
                default: nil
                }
            }
            let exact = Array(Set(expected)).sorted()
            if result.reasonCodes != exact { problems.append("reasons \(result.reasonCodes), expected exactly \(exact)") }
        }
        return problems
    }

    private static func mismatch(_ expectation: Expectation, in result: AssessmentResult) -> String? {
        switch expectation {
        case .outcome(let code, let scope, let outcome):
            let actual = result.indicator(code, scope: scope)?.outcome
            return actual == outcome ? nil : "\(Self.label(code, scope)): outcome \(actual?.rawValue ?? "absent"), expected \(outcome.rawValue)"
        case .value(let code, let scope, let value, let tolerance):
            let actual = result.indicator(code, scope: scope)?.value
            return Self.close(actual, value, tolerance) ? nil : "\(Self.label(code, scope)): value \(Self.show(actual)), expected \(Self.show(value))"
        case .unitValue(let code, let scope, let unit, let value, let tolerance):
            let actual = result.indicator(code, scope: scope)?.breakdown.first { $0.unitID == unit }?.value
            return Self.close(actual, value, tolerance) ? nil : "\(Self.label(code, scope)) at \(unit): \(Self.show(actual)), expected \(value)"
        case .measure(let key, let value, let tolerance):
            let actual = result.measures[key]
            return Self.close(actual, value, tolerance) ? nil : "measure \(key): \(Self.show(actual)), expected \(value)"
        case .finding(let code, let scope, let unit):
            let found = result.findings.contains { $0.indicatorCode == code && $0.unitID == unit && (scope == nil || $0.scope == scope) }
            return found ? nil : "no finding \(Self.label(code, scope)) for \(unit ?? "the subject")"
        case .noFinding(let code, let unit):
            let found = result.findings.contains { $0.indicatorCode == code && $0.unitID == unit }
            return found ? "unexpected finding \(code) for \(unit ?? "the subject")" : nil
        case .vetoFired(let code):
            return result.firedVetoes.contains { $0.code == code } ? nil : "veto \(code) did not fire"
        case .warning(let code, let unit):
            let found = result.warnings.contains { warning in warning.code == code && (unit.map { warning.unitIDs.contains($0) } ?? true) }
            return found ? nil : "no warning \(code)\(unit.map { " for \($0)" } ?? "")"
        case .reason(let code, let kind):
            return result.reasons.contains { $0.code == code && $0.kind == kind } ? nil : "no reason \(code) (\(kind.rawValue))"
        case .exactReasons:
            return nil
        }
    }

    private static func close(_ actual: Double?, _ expected: Double?, _ tolerance: Double) -> Bool {
        switch (actual, expected) {
        case (nil, nil): true
        case (let actual?, let expected?): abs(actual - expected) <= tolerance
        default: false
        }
    }

    private static func label(_ code: String, _ scope: String?) -> String { scope.map { "\(code)[\($0)]" } ?? code }

    private static func show(_ value: Double?) -> String { value.map(String.init(describing:)) ?? "nil" }
}
