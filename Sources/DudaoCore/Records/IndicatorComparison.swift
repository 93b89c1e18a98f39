/// One indicator (one code in one scope) before and after a re-evaluation.
public struct IndicatorComparison: Sendable, Hashable, Codable {
    public var code: String
    public var scope: String?
    public var nameZh: String
    public var nameEn: String
    public var unit: String?
    /// The comparator of the later result (of the earlier one when the indicator is gone).
    public var comparator: Comparator
    public var valueBefore: Double?
    public var valueAfter: Double?
    public var thresholdBefore: Double?
    public var thresholdAfter: Double?
    /// `nil` when the indicator was not in that result (e.g. a new edition added it).
    public var outcomeBefore: Outcome?
    public var outcomeAfter: Outcome?
    public var change: ComparisonChange

    public init(before: IndicatorResult?, after: IndicatorResult?) {
        precondition(before != nil || after != nil, "an indicator comparison needs at least one side")
        let named = after ?? before!
        self.code = named.code
        self.scope = named.scope
        self.nameZh = named.nameZh
        self.nameEn = named.nameEn
        self.unit = named.unit
        self.comparator = named.comparator
        self.valueBefore = before?.value
        self.valueAfter = after?.value
        self.thresholdBefore = before?.threshold
        self.thresholdAfter = after?.threshold
        self.outcomeBefore = before?.outcome
        self.outcomeAfter = after?.outcome
        self.change = ComparisonChange.of(indicator: before, after)
    }

    /// Whether the threshold itself moved (a new edition, or an override).
    public var thresholdChanged: Bool { self.thresholdBefore != self.thresholdAfter }
}
