/// The definition of one input field: its key, names, type, unit, range and where it applies.
public struct FieldSpec: Sendable, Hashable, Codable {
    public var key: String
    public var nameZh: String
    public var nameEn: String
    public var type: ValueType
    /// Display unit, e.g. `㎡`, `元`, `人`, `%` as a fraction.
    public var unit: String?
    public var constraint: Constraint
    /// Unit kinds the field applies to; `nil` for every kind (and for subject facts).
    public var unitKinds: [UnitKind]?
    /// Whether the evaluation needs it. A missing needed field makes the dependent items
    /// "not assessable"; it is never read as zero.
    public var needed: Bool
    /// The statistical return or 口径 the figure should come from.
    public var definition: String?
    /// Keys earlier versions used for this field. An input may still give them: the validator
    /// renames them to ``key`` and the result carries a deprecation warning naming both.
    public var deprecatedKeys: [String]

    public init(
        _ key: String,
        _ type: ValueType,
        zh: String,
        en: String,
        unit: String? = nil,
        constraint: Constraint = .none,
        unitKinds: [UnitKind]? = nil,
        needed: Bool = true,
        definition: String? = nil,
        deprecatedKeys: [String] = []
    ) {
        self.key = key
        self.type = type
        self.nameZh = zh
        self.nameEn = en
        self.unit = unit
        self.constraint = constraint
        self.unitKinds = unitKinds
        self.needed = needed
        self.definition = definition
        self.deprecatedKeys = deprecatedKeys
    }

    /// Whether the field applies to a unit of `kind`.
    public func applies(to kind: UnitKind) -> Bool {
        self.unitKinds.map { $0.contains(kind) } ?? true
    }
}

/// The range rule of a numeric field.
public enum Constraint: Sendable, Hashable, Codable {
    case none
    /// ≥ 0: counts, areas, money.
    case nonNegative
    /// > 0: e.g. a school's enrolment.
    case positive
    /// 0 … 1: rates and shares are given as fractions.
    case fraction
    case between(Double, Double)

    /// The rule broken by `value`, if any.
    func violation(_ value: Double) -> ValidationRule? {
        switch self {
        case .none: nil
        case .nonNegative: value < 0 ? .negative : nil
        case .positive: value < 0 ? .negative : (value == 0 ? .mustBePositive : nil)
        case .fraction: (0...1).contains(value) ? nil : (value < 0 ? .negative : .outOfRange)
        case .between(let low, let high): (low...high).contains(value) ? nil : .outOfRange
        }
    }

    var summary: String {
        switch self {
        case .none: "any"
        case .nonNegative: "≥ 0"
        case .positive: "> 0"
        case .fraction: "0 … 1"
        case .between(let low, let high): "\(low) … \(high)"
        }
    }
}
