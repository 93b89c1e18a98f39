/// How much of a leaf's weight a value earns when it misses the target.
///
/// Standards differ here, and for most Zhejiang 细则 the rule is not published, so a module makes
/// the choice a parameter (see ``CreditRule/init(parameterValue:bands:)``) rather than fixing it.
public enum CreditRule: Sendable, Hashable, Codable {
    /// Full weight when the target is met, nothing otherwise.
    case allOrNothing
    /// A share of the weight in proportion to how close the value is: `value / target` for an
    /// "at least" target, `target / value` for an "at most" one, capped at 1.
    case proportional
    /// Full weight when the target is met; otherwise the credit of the best band the value
    /// reaches, or nothing.
    case banded([CreditBand])

    /// The preset names a module offers as a text parameter.
    public static let presetNames: [String] = ["all_or_nothing", "proportional", "banded"]

    /// Reads a text parameter (`all_or_nothing`, `proportional`, `banded`), or `nil` for any other
    /// text. `banded` takes the leaf's own bands.
    public init?(parameterValue: String, bands: [CreditBand] = []) {
        switch parameterValue {
        case "all_or_nothing": self = .allOrNothing
        case "proportional": self = .proportional
        case "banded": self = .banded(bands)
        default: return nil
        }
    }

    /// The credit (0 … 1) that `value` earns against `target` under `comparator`.
    public func credit(value: Double, target: Double, comparator: Comparator) -> Double {
        if comparator.holds(value, target) { return 1 }
        switch self {
        case .allOrNothing:
            return 0
        case .proportional:
            switch comparator {
            case .atLeast, .greaterThan:
                return target > 0 ? min(1, max(0, value / target)) : 0
            case .atMost, .lessThan:
                return value > 0 ? min(1, max(0, target / value)) : 1
            case .isTrue, .isFalse:
                return 0
            }
        case .banded(let bands):
            var best = 0.0
            for band in bands where band.reached(by: value, comparator: comparator) {
                best = max(best, band.credit)
            }
            return min(1, max(0, best))
        }
    }
}

/// One band of a ``CreditRule/banded(_:)`` rule: a value that reaches `bound` earns `credit`.
public struct CreditBand: Sendable, Hashable, Codable {
    /// The value to reach: at least it for an "at least" target, at most it for an "at most" one.
    public var bound: Double
    /// The share of the weight earned, 0 … 1.
    public var credit: Double

    public init(bound: Double, credit: Double) {
        self.bound = bound
        self.credit = credit
    }

    func reached(by value: Double, comparator: Comparator) -> Bool {
        switch comparator {
        case .atLeast, .greaterThan: value >= self.bound
        case .atMost, .lessThan: value <= self.bound
        case .isTrue, .isFalse: comparator.holds(value, self.bound)
        }
    }
}
