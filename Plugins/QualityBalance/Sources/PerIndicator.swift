/// One optional value per resource indicator, kept in a fixed slot for each.
///
/// Parts and judgements read their seven figures hundreds of times an evaluation; a slot by
/// the indicator's number costs an index where a dictionary costs a hash, and the slots live
/// inline, so a school part's figures take no allocation of their own.
public struct PerIndicator<Value: Sendable & Hashable>: Sendable, Hashable {
    /// One slot per ``ResourceIndicator`` case: the 2017 办法 has seven resource indicators.
    private var slots = InlineArray<7, Value?>(repeating: nil)

    public init() {}

    public subscript(indicator: ResourceIndicator) -> Value? {
        get { self.slots[indicator.rawValue - 1] }
        set { self.slots[indicator.rawValue - 1] = newValue }
    }

    /// The values present, in the indicators' order.
    public var values: [Value] { self.slots.indices.compactMap { self.slots[$0] } }

    /// How many slots hold `value`, without collecting them.
    public func count(of value: Value) -> Int {
        var count = 0
        for slot in self.slots.indices where self.slots[slot] == value { count += 1 }
        return count
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.slots.indices.allSatisfy { lhs.slots[$0] == rhs.slots[$0] }
    }

    public func hash(into hasher: inout Hasher) {
        for slot in self.slots.indices { hasher.combine(self.slots[slot]) }
    }
}
