import DudaoCore

/// The units in one indicator's breakdown, all of them or those with one outcome
/// (`{units: RO-CLEARED, outcome: not_met}`): what a result's measures, a warning and a batch's
/// lists count, e.g. the schools not cleared to open.
struct PackUnitTally: Sendable, Hashable {
    var indicator: String
    /// `nil` counts every unit of the breakdown.
    var outcome: Outcome?

    /// The rows of the indicator's breakdown this tally counts (none when the indicator is absent).
    func units(_ indicators: [IndicatorResult]) -> [UnitMeasure] {
        let rows = indicators.first { $0.code == self.indicator }?.breakdown ?? []
        return rows.filter { self.outcome == nil || $0.outcome == self.outcome }
    }
}

extension PackReader {
    /// `{units: CODE, outcome: met|not_met|not_assessable}`, `outcome` optional.
    func readUnitTally(_ node: PackNode) -> PackUnitTally? {
        guard let code = node.required("units")?.text else { return nil }
        var outcome: Outcome?
        if let outcomeNode = node.optional("outcome") {
            guard let text = outcomeNode.text, let read = Outcome(rawValue: text) else {
                outcomeNode.fail("bad-rule", "outcome is met, not_met or not_assessable")
                return nil
            }
            outcome = read
        }
        return PackUnitTally(indicator: code, outcome: outcome)
    }
}
