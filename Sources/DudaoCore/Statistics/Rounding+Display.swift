extension Rounding {
    /// The value at `decimals` places with thousands separators, e.g. `170,090,421.16`: sums of
    /// money are read, not parsed, and nine digits in a row are misread.
    public static func grouped(_ value: Double, decimals: Int) -> String {
        let text = self.format(value, decimals: decimals)
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", maxSplits: 1).map(String.init)
        var whole = ""
        for (index, character) in parts[0].reversed().enumerated() {
            if index > 0, index % 3 == 0 { whole.append(",") }
            whole.append(character)
        }
        let grouped = String(whole.reversed()) + (parts.count > 1 ? "." + parts[1] : "")
        return negative ? "-" + grouped : grouped
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
