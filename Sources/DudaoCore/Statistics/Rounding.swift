import Foundation

/// Display rounding: values are kept unrounded and rounded only when shown.
///
/// Rounds half away from zero (四舍五入) on the shortest decimal form of the value, so 2.675
/// shows as 2.68 as a person computing by hand expects, not 2.67 as binary rounding would give.
public enum Rounding {
    public static func round(_ value: Double, decimals: Int) -> Double {
        guard let decimal = self.decimal(value) else { return value }
        return NSDecimalNumber(decimal: self.rounded(decimal, decimals)).doubleValue
    }

    /// The value with exactly `decimals` places, e.g. `0.40` for 0.4 at 2 places.
    public static func format(_ value: Double, decimals: Int) -> String {
        guard let decimal = self.decimal(value) else { return value.description }
        return self.text(self.rounded(decimal, decimals), decimals)
    }

    /// A fraction as a percentage, e.g. `87.7%` for 0.8765 at 1 place (scaled in decimal, not binary).
    public static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        guard let decimal = self.decimal(fraction) else { return fraction.description }
        return self.text(self.rounded(decimal * 100, decimals), decimals) + "%"
    }

    private static func decimal(_ value: Double) -> Decimal? {
        value.isFinite ? Decimal(string: value.description) : nil
    }

    private static func rounded(_ value: Decimal, _ decimals: Int) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, decimals, .plain)
        return output
    }

    private static func text(_ value: Decimal, _ decimals: Int) -> String {
        var text = NSDecimalNumber(decimal: value).stringValue
        guard decimals > 0 else { return text }
        if !text.contains(".") { text += "." }
        let places = text.split(separator: ".", omittingEmptySubsequences: false).last?.count ?? 0
        return text + String(repeating: "0", count: max(0, decimals - places))
    }
}
