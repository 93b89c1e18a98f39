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
        /// Some findings of these indicators: one warning per scope (see `units.scope`) listing
        /// its gaps, each the indicator's phrase and the unit's name (`无责任督学：甲校`);
        /// `{scope}`, `{gaps}` and `{count}` stand for them.
        case findingsByScope([Gap])
    }

    /// A gap a finding of `indicator` stands for, e.g. `无责任督学` for IC-1.
    struct Gap: Sendable, Hashable {
        var indicator: String
        var phrase: String
    }

    var code: String
    var condition: Condition
    var text: PackText
    /// Where it is declared, for messages.
    var place: PackDraft.Place

    /// The warnings, when the condition holds for this input and its indicators and findings.
    func warnings(_ input: AssessmentInput, parameters: ParameterSet, indicators: [IndicatorResult], findings: [Finding]) throws -> [Warning] {
        switch self.condition {
        case .fact(let measure, let threshold):
            guard let value = measure.evaluate(input.facts, prefix: "facts.").value else { return [] }
            let (outcome, limit) = try threshold.outcome(value, parameters, facts: input.facts)
            guard outcome == .met else { return [] }
            let text = self.text.filled(["value": Self.show(value), "threshold": Self.show(limit)])
            return [Warning(code: self.code, zh: text.zh, en: text.en)]
        case .units(let tally):
            let units = tally.units(indicators).map(\.unitID)
            guard !units.isEmpty else { return [] }
            let text = self.text.filled(["count": "\(units.count)"])
            return [Warning(code: self.code, zh: text.zh, en: text.en, unitIDs: units)]
        case .findingsByScope(let phrases):
            var gaps: [String: [String]] = [:]
            for phrase in phrases {
                for finding in findings where finding.indicatorCode == phrase.indicator {
                    gaps[finding.scope ?? "—", default: []].append("\(phrase.phrase)：\(finding.unitName ?? finding.unitID ?? "")")
                }
            }
            return gaps.sorted { $0.key < $1.key }.map { scope, list in
                let text = self.text.filled(["scope": scope, "gaps": list.joined(separator: "；"), "count": "\(list.count)"])
                return Warning(code: self.code, zh: text.zh, en: text.en, unitIDs: [scope])
            }
        }
    }

    /// A whole number without decimals, any other with two.
    static func show(_ value: Double) -> String {
        Rounding.format(value, decimals: value.rounded() == value ? 0 : 2)
    }
}
