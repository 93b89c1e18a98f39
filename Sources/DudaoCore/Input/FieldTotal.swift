/// The sum of one numeric field over several units, with the units that lack it.
///
/// Indicators computed from county totals (在园幼儿 over all kindergartens, ㎡ over the schools of
/// a 学段) need every unit's figure: one missing figure makes the total unknown, never smaller.
/// Keeping the units that lack it lets the module say exactly which field of which unit is missing.
public struct FieldTotal: Sendable, Hashable {
    public var key: String
    /// The sum over the units that have the field.
    public var partialSum: Double
    /// The units that lack the field (or give it as a non-number).
    public var missing: [Unit]

    /// Sums `key` over `units`.
    public init(_ key: String, over units: some Sequence<Unit>) {
        self.key = key
        var sum = 0.0
        var missing: [Unit] = []
        for unit in units {
            if let number = unit.number(key) {
                sum += number
            } else {
                missing.append(unit)
            }
        }
        self.partialSum = sum
        self.missing = missing
    }

    /// The total, or `nil` when any unit lacks the field.
    public var value: Double? { self.missing.isEmpty ? self.partialSum : nil }

    /// "field X missing for …", naming at most five units; `nil` when no unit lacks it.
    public var missingNote: MissingNote? {
        guard !self.missing.isEmpty else { return nil }
        return MissingNote(
            zh: "缺少字段 \(self.key)（\(Self.names(self.missing))）",
            en: "field \(self.key) missing for \(Self.names(self.missing))"
        )
    }

    public static func names(_ units: [Unit]) -> String {
        let shown = units.prefix(5).map { $0.name.isEmpty ? $0.id : "\($0.id) \($0.name)" }
        let more = units.count > 5 ? " … +\(units.count - 5)" : ""
        return shown.joined(separator: ", ") + more
    }
}

extension Unit {
    /// A numeric field's value, or `nil` when absent or not a number.
    public func number(_ key: String) -> Double? { self.fields[key]?.value.numberValue }

    public func text(_ key: String) -> String? { self.fields[key]?.value.textValue }

    public func flag(_ key: String) -> Bool? { self.fields[key]?.value.booleanValue }
}

extension AssessmentInput {
    /// A numeric fact, or `nil` when absent.
    public func number(_ key: String) -> Double? { self.facts[key]?.value.numberValue }

    public func text(_ key: String) -> String? { self.facts[key]?.value.textValue }

    public func flag(_ key: String) -> Bool? { self.facts[key]?.value.booleanValue }
}
