public import DudaoCore

/// A 学段 whose schools form one coefficient calculation.
public enum BasicBalanceStage: String, Sendable, Hashable, CaseIterable {
    case primary
    case junior

    public var unitKind: UnitKind { self == .primary ? .primary : .junior }
    public var nameZh: String { self == .primary ? "小学" : "初中" }
    public var nameEn: String { self == .primary ? "primary" : "junior secondary" }
    /// The edition parameter holding the 综合差异系数 limit.
    var limitParameter: String { "composite.\(self.rawValue).max" }
}
