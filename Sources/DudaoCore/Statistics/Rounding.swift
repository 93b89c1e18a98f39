import Foundation

/// Display rounding: values are kept unrounded and rounded only when shown.
///
/// Rounds half away from zero (四舍五入) on the shortest decimal form of the value, so 2.675
/// shows as 2.68 as a person computing by hand expects, not 2.67 as binary rounding would give.
public enum Rounding {
    public static func round(_ value: Double, decimals: Int) -> Double {
        guard value.isFinite, var decimal = Decimal(string: value.description) else { return value }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &decimal, decimals, .plain)
        return NSDecimalNumber(decimal: rounded).doubleValue
    }

    /// The value with exactly `decimals` places, e.g. `0.40` for 0.4 at 2 places.
    public static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite, var decimal = Decimal(string: value.description) else { return value.description }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &decimal, decimals, .plain)
        var text = NSDecimalNumber(decimal: rounded).stringValue
        guard decimals > 0 else { return text }
        if !text.contains(".") { text += "." }
        let places = text.split(separator: ".", omittingEmptySubsequences: false).last?.count ?? 0
        return text + String(repeating: "0", count: max(0, decimals - places))
    }

    /// A fraction as a percentage, e.g. `87.5%` for 0.875 at 1 place.
    public static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        self.format(fraction * 100, decimals: decimals) + "%"
    }
}
