public import DudaoCore
import Foundation

/// How a figure is written in a published file, chosen from its unit so that every output agrees:
/// money in whole 元 with thousands separators, rates as percentages at the standard's decimals,
/// coefficients at three decimals, counts as whole numbers.
public enum NumberStyle: Sendable, Hashable {
    /// Whole 元 with thousands separators: `1,234,567`.
    case money
    /// A fraction shown as a percentage with this many decimals: `87.7%`.
    case percent(decimals: Int)
    /// A 差异系数 or similar ratio of spreads: `0.412`.
    case coefficient
    /// A whole number: pupils, schools, ranks.
    case count
    /// Any other figure at this many decimals.
    case decimal(Int)

    /// The style for a value of `unit` (as the schema and the indicators name units) shown at
    /// `decimals` places in the standard's own terms.
    ///
    /// Percentages keep the standard's decimals: an indicator kept at 3 decimals as a fraction
    /// (0.955) is published at 1 decimal as a percentage (95.5%).
    public init(unit: String?, decimals: Int) {
        switch unit {
        case "元", "万元", "yuan": self = .money
        case "%": self = .percent(decimals: max(0, decimals - 2))
        case "人", "所", "个", "名", "班", "项", "次": self = decimals == 0 ? .count : .decimal(decimals)
        case .some(let unit) where unit.contains("系数") || unit == "coefficient": self = .coefficient
        default: self = decimals == 0 ? .count : .decimal(decimals)
        }
    }

    /// The style of an indicator's value and threshold; a 差异系数 (coefficient) is recognized
    /// by its name, since it carries no unit.
    public init(_ indicator: IndicatorResult) {
        if indicator.unit == nil, indicator.nameZh.contains("差异系数") || indicator.nameZh.contains("系数") {
            self = .coefficient
        } else {
            self.init(unit: indicator.unit, decimals: indicator.decimals)
        }
    }

    /// The style of an input field.
    public init(_ spec: FieldSpec) {
        switch spec.type {
        case .integer: self = .count
        default: self.init(unit: spec.unit, decimals: 2)
        }
    }

    /// The value as text in this style.
    public func format(_ value: Double) -> String {
        switch self {
        case .money: Self.grouped(Rounding.format(value, decimals: 0))
        case .percent(let decimals): Rounding.percent(value, decimals: decimals)
        case .coefficient: Rounding.format(value, decimals: 3)
        case .count: Self.grouped(Rounding.format(value, decimals: 0))
        case .decimal(let decimals): Rounding.format(value, decimals: decimals)
        }
    }

    /// The Excel number format that shows the stored value the same way.
    public var excelFormat: String {
        switch self {
        case .money, .count: "#,##0"
        case .percent(let decimals): decimals == 0 ? "0%" : "0." + String(repeating: "0", count: decimals) + "%"
        case .coefficient: "0.000"
        case .decimal(let decimals): decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals)
        }
    }

    /// Thousands separators on the integer part of a plain decimal text.
    static func grouped(_ text: String) -> String {
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = Array(parts[0])
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        if parts.count > 1 { out += "." + parts[1] }
        return (negative ? "-" : "") + out
    }
}
