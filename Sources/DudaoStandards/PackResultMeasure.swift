import DudaoCore

/// A named figure of a result (`measures:` in the pack), for batch views and roll-ups: an
/// indicator's value, or a count of the units in its breakdown. A pack that declares measures
/// gives exactly these instead of each indicator's value under its code.
struct PackResultMeasure: Sendable, Hashable {
    enum Source: Sendable, Hashable {
        /// The value of an indicator (absent when it has none).
        case value(String)
        /// The number of units an indicator's breakdown holds, all or with one outcome.
        case units(PackUnitTally)

        var indicator: String {
            switch self {
            case .value(let code): code
            case .units(let tally): tally.indicator
            }
        }
    }

    var key: String
    var source: Source
    var place: PackDraft.Place

    func value(_ indicators: [IndicatorResult]) -> Double? {
        switch self.source {
        case .value(let code): indicators.first { $0.code == code }?.value
        case .units(let tally): Double(tally.units(indicators).count)
        }
    }
}

extension PackReader {
    /// `{key: schools, units: RO-CLEARED}`, `{key: blocked, units: RO-CLEARED, outcome: not_met}`
    /// or `{key: share, value: IC-1}`.
    func readResultMeasure(_ node: PackNode) -> PackResultMeasure? {
        node.allowOnly(["key", "value", "units", "outcome"])
        guard let key = node.required("key")?.text else { return nil }
        let place = PackDraft.Place(file: node.file, line: node.line, column: node.column)
        if let code = node.optional("value")?.text {
            return PackResultMeasure(key: key, source: .value(code), place: place)
        }
        guard node.has("units") else {
            node.fail("bad-rule", "measure \(key) is {key, value: INDICATOR} or {key, units: INDICATOR, outcome: …}")
            return nil
        }
        return self.readUnitTally(node).map { PackResultMeasure(key: key, source: .units($0), place: place) }
    }
}

extension PackLoader {
    /// Every indicator a measure, a units warning or a batch list names is declared.
    static func checkTallies(_ draft: PackDraft, indicators: [PackDraft.Indicator], errors: inout [PackError]) {
        let codes = Set(indicators.map(\.definition.code) + (draft.tree?.tree.codes ?? []))
        var named: [(what: String, code: String, place: PackDraft.Place)] = (draft.measures ?? []).map { ("measure \($0.key)", $0.source.indicator, $0.place) }
        for warning in draft.warnings ?? [] {
            switch warning.condition {
            case .units(let tally): named.append(("warning \(warning.code)", tally.indicator, warning.place))
            case .findingsByScope(let gaps): named += gaps.map { ("warning \(warning.code)", $0.indicator, warning.place) }
            case .fact: break
            }
        }
        if let (view, place) = draft.province {
            named += view.unitLists.map { ("province.unit_lists.\($0.label)", $0.tally.indicator, place) }
        }
        for (what, code, place) in named where !codes.contains(code) {
            errors.append(place.error("unknown-indicator", "\(what) names indicator \(code), which the pack does not declare"))
        }
    }
}
