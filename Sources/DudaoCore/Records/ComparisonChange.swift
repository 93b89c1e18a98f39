/// How one item (an indicator or the verdict) moved between an earlier and a later evaluation.
public enum ComparisonChange: String, Sendable, Hashable, Codable, CaseIterable {
    case improved
    case declined
    case unchanged
    /// Not assessable before (or absent), assessable now.
    case newlyAssessable = "newly_assessable"
    /// Assessable before, not assessable (or absent) now.
    case noLongerAssessable = "no_longer_assessable"

    public var nameZh: String {
        switch self {
        case .improved: "改善"
        case .declined: "退步"
        case .unchanged: "无变化"
        case .newlyAssessable: "新可评估"
        case .noLongerAssessable: "不再可评估"
        }
    }

    /// The change of a verdict: a fail that became a pass improved, and the reverse declined.
    public static func of(verdict before: Verdict, _ after: Verdict) -> ComparisonChange {
        switch (before, after) {
        case _ where before == after: .unchanged
        case (.notAssessable, _): .newlyAssessable
        case (_, .notAssessable): .noLongerAssessable
        case (.fail, .pass): .improved
        default: .declined
        }
    }

    /// The change of an indicator.
    ///
    /// The outcome decides first: met after not met is an improvement even if a lower threshold
    /// did the work, and not met after met is a decline even if the value moved the right way,
    /// because the outcome is what accountability acts on. With the same outcome the value decides,
    /// in the direction the comparator gives: for ≥ and > higher is better, for ≤ and < lower is
    /// better, for yes/no items true is better for "is true" and false for "is false".
    public static func of(indicator before: IndicatorResult?, _ after: IndicatorResult?) -> ComparisonChange {
        let wasAssessable = before.map { $0.outcome != .notAssessable } ?? false
        let isAssessable = after.map { $0.outcome != .notAssessable } ?? false
        switch (wasAssessable, isAssessable) {
        case (false, false): return .unchanged
        case (false, true): return .newlyAssessable
        case (true, false): return .noLongerAssessable
        case (true, true): break
        }
        guard let before, let after else { return .unchanged }
        if before.outcome != after.outcome {
            return after.outcome == .met ? .improved : .declined
        }
        guard let old = before.value, let new = after.value, old != new else { return .unchanged }
        let higherIsBetter: Bool =
            switch after.comparator {
            case .atLeast, .greaterThan, .isTrue: true
            case .atMost, .lessThan, .isFalse: false
            }
        return (new > old) == higherIsBetter ? .improved : .declined
    }
}
