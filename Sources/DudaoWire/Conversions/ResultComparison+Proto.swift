public import DudaoCore
public import DudaoProto

extension ResultComparison {
    /// The comparison on the wire. The protocol's `Change` has no "newly / no longer assessable";
    /// both are sent as `NOT_COMPARABLE`, which is what they are on the wire's scale.
    public var proto: Dudao_V1_ResultComparison {
        var proto = Dudao_V1_ResultComparison()
        proto.oldVerdict = self.verdictBefore.proto
        proto.newVerdict = self.verdictAfter.proto
        proto.verdictChanged = self.verdictBefore != self.verdictAfter
        proto.oldEdition = self.editionBefore
        proto.newEdition = self.editionAfter
        proto.indicators = self.indicators.map(\.proto)
        return proto
    }
}

extension IndicatorComparison {
    public var proto: Dudao_V1_IndicatorComparison {
        var proto = Dudao_V1_IndicatorComparison()
        proto.code = self.code
        if let scope = self.scope { proto.scope = scope }
        proto.nameZh = self.nameZh
        proto.nameEn = self.nameEn
        proto.comparator = self.comparator.proto
        if let value = self.valueBefore { proto.oldValue = value }
        if let value = self.valueAfter { proto.newValue = value }
        if let threshold = self.thresholdBefore { proto.oldThreshold = threshold }
        if let threshold = self.thresholdAfter { proto.newThreshold = threshold }
        proto.oldOutcome = self.outcomeBefore?.proto ?? .unspecified
        proto.newOutcome = self.outcomeAfter?.proto ?? .unspecified
        proto.change = self.change.proto
        return proto
    }
}

extension ComparisonChange {
    public var proto: Dudao_V1_Change {
        switch self {
        case .improved: .better
        case .declined: .worse
        case .unchanged: .same
        case .newlyAssessable, .noLongerAssessable: .notComparable
        }
    }
}
