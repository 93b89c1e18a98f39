/// The fixed description of an indicator: its stable code, names, unit, rule and source.
///
/// Threshold figures are not here; they are parameters of each edition (``Parameter``).
public struct IndicatorDefinition: Sendable, Hashable, Codable {
    /// Stable code, e.g. `QB-R1`. Codes are never reused for another meaning.
    public var code: String
    public var nameZh: String
    public var nameEn: String
    public var unit: String?
    /// The dimension (一级指标) it belongs to, as a ``IndicatorGroup`` code.
    public var group: String
    public var comparator: Comparator
    /// Decimal places for display; values are kept unrounded.
    public var decimals: Int
    public var citation: Citation
    public var status: StatusTag
    /// Whether failing it fails the verdict (otherwise it is reported only).
    public var gating: Bool

    public init(
        code: String,
        zh: String,
        en: String,
        unit: String? = nil,
        group: String,
        comparator: Comparator,
        decimals: Int = 2,
        citation: Citation,
        status: StatusTag,
        gating: Bool = true
    ) {
        self.code = code
        self.nameZh = zh
        self.nameEn = en
        self.unit = unit
        self.group = group
        self.comparator = comparator
        self.decimals = decimals
        self.citation = citation
        self.status = status
        self.gating = gating
    }
}

/// A dimension of an indicator system (一级指标), e.g. 资源配置.
public struct IndicatorGroup: Sendable, Hashable, Codable {
    public var code: String
    public var nameZh: String
    public var nameEn: String

    public init(code: String, zh: String, en: String) {
        self.code = code
        self.nameZh = zh
        self.nameEn = en
    }
}

/// How a value is compared with its threshold.
public enum Comparator: String, Sendable, Hashable, Codable, CaseIterable {
    case atLeast = ">="
    case atMost = "<="
    case greaterThan = ">"
    case lessThan = "<"
    /// A yes/no requirement: met when true.
    case isTrue = "is_true"
    /// A veto condition: met when false (the thing did not happen).
    case isFalse = "is_false"

    /// Whether `value` satisfies the comparison with `threshold`.
    public func holds(_ value: Double, _ threshold: Double) -> Bool {
        switch self {
        case .atLeast: value >= threshold
        case .atMost: value <= threshold
        case .greaterThan: value > threshold
        case .lessThan: value < threshold
        case .isTrue: value != 0
        case .isFalse: value == 0
        }
    }

    public var symbol: String {
        switch self {
        case .atLeast: "≥"
        case .atMost: "≤"
        case .greaterThan: ">"
        case .lessThan: "<"
        case .isTrue: "是"
        case .isFalse: "否"
        }
    }
}
