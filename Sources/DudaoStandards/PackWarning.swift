import DudaoCore
import Foundation

/// A notice a pack attaches to a result (`warnings:`), e.g. "four years since the last grading:
/// re-examination due" or "2 schools cannot be judged". It never changes the verdict.
struct PackWarning: Sendable, Hashable {
    enum Condition: Sendable, Hashable {
        /// A fact reaches a parameter; `{value}` and `{threshold}` stand for the two figures.
        case fact(PackMeasure, PackThreshold)
        /// Some unit of an indicator's breakdown has the outcome; `{count}` stands for how many,
        /// and the warning lists them.
        case units(PackUnitTally)
    }

    var code: String
    var condition: Condition
    var text: PackText
    /// Where it is declared, for messages.
    var place: PackDraft.Place

    /// The warning, when its condition holds for this input and these indicator results.
    func warning(_ input: AssessmentInput, parameters: ParameterSet, indicators: [IndicatorResult]) throws -> Warning? {
        switch self.condition {
        case .fact(let measure, let threshold):
            guard let value = measure.evaluate(input.facts, prefix: "facts.").value else { return nil }
            let (outcome, limit) = try threshold.outcome(value, parameters, facts: input.facts)
            guard outcome == .met else { return nil }
            let text = self.text.filled(["value": Self.show(value), "threshold": Self.show(limit)])
            return Warning(code: self.code, zh: text.zh, en: text.en)
        case .units(let tally):
            let units = tally.units(indicators).map(\.unitID)
            guard !units.isEmpty else { return nil }
            let text = self.text.filled(["count": "\(units.count)"])
            return Warning(code: self.code, zh: text.zh, en: text.en, unitIDs: units)
        }
    }

    /// A whole number without decimals, any other with two.
    static func show(_ value: Double) -> String {
        Rounding.format(value, decimals: value.rounded() == value ? 0 : 2)
    }
}
