/// An earlier and a later evaluation of one subject side by side: the look-back (回头看) view.
public struct ResultComparison: Sendable, Hashable, Codable {
    /// The stored record compared against, when the earlier side is one.
    public var earlierRecordID: String?
    public var assessment: String
    public var subject: Subject
    public var periodBefore: Period
    public var periodAfter: Period
    public var editionBefore: String
    public var editionAfter: String
    public var verdictBefore: Verdict
    public var verdictAfter: Verdict
    public var verdictChange: ComparisonChange
    /// Every indicator of either result: those of the later result in its order, then those only
    /// the earlier one had.
    public var indicators: [IndicatorComparison]

    public init(before: AssessmentResult, after: AssessmentResult, earlierRecordID: String? = nil) {
        self.earlierRecordID = earlierRecordID
        self.assessment = after.assessment
        self.subject = after.subject
        self.periodBefore = before.period
        self.periodAfter = after.period
        self.editionBefore = before.edition.id
        self.editionAfter = after.edition.id
        self.verdictBefore = before.verdict
        self.verdictAfter = after.verdict
        self.verdictChange = ComparisonChange.of(verdict: before.verdict, after.verdict)
        var comparisons: [IndicatorComparison] = []
        var seen = Set<IndicatorKey>()
        for indicator in after.indicators {
            let key = IndicatorKey(code: indicator.code, scope: indicator.scope)
            guard seen.insert(key).inserted else { continue }
            comparisons.append(IndicatorComparison(before: before.indicator(indicator.code, scope: indicator.scope), after: indicator))
        }
        for indicator in before.indicators where seen.insert(IndicatorKey(code: indicator.code, scope: indicator.scope)).inserted {
            comparisons.append(IndicatorComparison(before: indicator, after: nil))
        }
        self.indicators = comparisons
    }

    /// The indicators that moved in `change`.
    public func indicators(_ change: ComparisonChange) -> [IndicatorComparison] {
        self.indicators.filter { $0.change == change }
    }

    public func indicator(_ code: String, scope: String? = nil) -> IndicatorComparison? {
        self.indicators.first { $0.code == code && $0.scope == scope }
    }

    private struct IndicatorKey: Hashable {
        var code: String
        var scope: String?
    }
}
