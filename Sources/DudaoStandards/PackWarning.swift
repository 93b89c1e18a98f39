import DudaoCore
import Foundation

/// A notice a pack attaches to a result when a fact reaches a parameter (`warnings:`), e.g. "four
/// years since the last grading: re-examination due". It never changes the verdict.
struct PackWarning: Sendable, Hashable {
    var code: String
    var measure: PackMeasure
    var threshold: PackThreshold
    /// The message, in which `{value}` and `{threshold}` stand for the two figures.
    var textZh: String
    var textEn: String
    /// Where it is declared, for messages.
    var place: PackDraft.Place

    /// The warning, when the input gives the fact and it meets the threshold.
    func warning(_ input: AssessmentInput, parameters: ParameterSet) throws -> Warning? {
        guard let value = self.measure.evaluate(input.facts, prefix: "facts.").value else { return nil }
        let (outcome, limit) = try self.threshold.outcome(value, parameters, facts: input.facts)
        guard outcome == .met else { return nil }
        func fill(_ text: String) -> String {
            text.replacingOccurrences(of: "{value}", with: Self.show(value)).replacingOccurrences(of: "{threshold}", with: Self.show(limit))
        }
        return Warning(code: self.code, zh: fill(self.textZh), en: fill(self.textEn))
    }

    /// A whole number without decimals, any other with two.
    static func show(_ value: Double) -> String {
        Rounding.format(value, decimals: value.rounded() == value ? 0 : 2)
    }
}
