extension Rounding {
    /// The value at `decimals` places with thousands separators, e.g. `170,090,421.16`: sums of
    /// money are read, not parsed, and nine digits in a row are misread.
    public static func grouped(_ value: Double, decimals: Int) -> String {
        guard var digits = DecimalDigits(value) else { return value.description }
        digits.round(places: decimals)
        return digits.text(places: decimals, grouped: true)
    }

    /// A fraction as a percentage without trailing zeros, e.g. `85%`, `92.7%`, `103.23%`: the
    /// form a standard's own text uses.
    public static func shortPercent(_ fraction: Double, decimals: Int = 2) -> String {
        var text = String(self.percent(fraction, decimals: decimals).dropLast())
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text + "%"
    }
}
