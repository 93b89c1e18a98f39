/// Threshold comparisons that do not fail on binary rounding.
///
/// Thresholds are decimal figures (4.2, 0.85 × 4.5 = 3.825) that binary floating point cannot hold
/// exactly; 42 teachers for 1000 pupils must meet 4.2, and 3825 ㎡ for 1000 pupils must meet 85% of
/// 4.5. A relative allowance of 10⁻⁹ is far below any figure a county reports.
enum Tolerance {
    static let relative = 1e-9

    static func slack(_ threshold: Double) -> Double { Self.relative * max(1, abs(threshold)) }

    static func atLeast(_ value: Double, _ threshold: Double) -> Bool { value >= threshold - Self.slack(threshold) }

    static func atMost(_ value: Double, _ threshold: Double) -> Bool { value <= threshold + Self.slack(threshold) }

    static func lessThan(_ value: Double, _ threshold: Double) -> Bool { value < threshold - Self.slack(threshold) }
}
