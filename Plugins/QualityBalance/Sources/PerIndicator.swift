/// One optional value per resource indicator, kept in a fixed slot for each.
///
/// Parts and judgements read their seven figures hundreds of times an evaluation; a slot by
/// the indicator's number costs an index where a dictionary costs a hash.
public struct PerIndicator<Value: Sendable & Hashable>: Sendable, Hashable {
    private var slots = [Value?](repeating: nil, count: ResourceIndicator.allCases.count)

    public init() {}

    public subscript(indicator: ResourceIndicator) -> Value? {
        get { self.slots[indicator.rawValue - 1] }
        set { self.slots[indicator.rawValue - 1] = newValue }
    }

    /// The values present, in the indicators' order.
    public var values: [Value] { self.slots.compactMap { $0 } }
}
