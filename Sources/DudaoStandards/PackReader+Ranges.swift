import DudaoCore

extension PackReader {
    /// `range: [min, max]` of a parameter: the values a caller's override may take, e.g. a
    /// rectification period of 0 to 365 days.
    func readRange(_ node: PackNode) -> ClosedRange<Double>? {
        guard let range = node.optional("range") else { return nil }
        let bounds = range.items.compactMap(\.number)
        guard bounds.count == 2, range.items.count == 2, bounds[0] <= bounds[1] else {
            range.fail("bad-range", "a parameter's range is [min, max] with min ≤ max, e.g. [0, 365]")
            return nil
        }
        return bounds[0]...bounds[1]
    }
}

extension PackLoader {
    /// A ranged parameter is a number in every edition, and its own value lies in its range.
    static func checkRanges(_ draft: PackDraft, editions: [Edition], errors: inout [PackError]) {
        for (key, range) in draft.ranges.sorted(by: { $0.key < $1.key }) {
            for edition in editions {
                guard let parameter = edition.parameters[key], let value = parameter.value.numberValue else { continue }
                if !range.contains(value), draft.unconfigured[edition.id]?.contains(key) != true {
                    errors.append(
                        draft.packPlace.error("bad-range", "edition \(edition.id): parameter \(key) is \(PackWarning.show(value)), outside its range \(PackWarning.show(range.lowerBound)) … \(PackWarning.show(range.upperBound))")
                    )
                }
            }
        }
    }
}
