extension Comparator {
    /// How far `value` is on the wrong side of `threshold`, in the indicator's unit; zero when the
    /// comparison holds, `nil` for yes/no comparators, which have no distance.
    public func shortfall(_ value: Double, _ threshold: Double) -> Double? {
        switch self {
        case .atLeast, .greaterThan: max(0, threshold - value)
        case .atMost, .lessThan: max(0, value - threshold)
        case .isTrue, .isFalse: nil
        }
    }
}
