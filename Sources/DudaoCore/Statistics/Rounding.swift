/// Display rounding: values are kept unrounded and rounded only when shown.
///
/// Rounds half away from zero (四舍五入) on the shortest decimal form of the value, so 2.675
/// shows as 2.68 as a person computing by hand expects, not 2.67 as binary rounding would give.
/// It works on the digits of that decimal form directly, without Foundation's `Decimal`, because
/// every result formats dozens of figures.
public enum Rounding {
    public static func round(_ value: Double, decimals: Int) -> Double {
        guard value.isFinite else { return value }
        return Double(self.format(value, decimals: decimals)) ?? value
    }

    /// The value with exactly `decimals` places, e.g. `0.40` for 0.4 at 2 places.
    public static func format(_ value: Double, decimals: Int) -> String {
        guard var digits = DecimalDigits(value) else { return value.description }
        digits.round(places: decimals)
        return digits.text(places: decimals)
    }

    /// A fraction as a percentage, e.g. `87.7%` for 0.8765 at 1 place (scaled in decimal, not binary).
    public static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        guard var digits = DecimalDigits(fraction) else { return fraction.description }
        digits.exponent += 2
        digits.round(places: decimals)
        return digits.text(places: decimals) + "%"
    }
}

/// A finite number as its shortest decimal digits: `0.d₁d₂…dₙ × 10^exponent`.
struct DecimalDigits {
    var negative: Bool
    /// Each 0…9, most significant first, without leading zeros.
    var digits: [UInt8]
    var exponent: Int

    /// Reads Swift's shortest round-trip form of `value` (`2.675`, `1e-05`, `1.5e+20`).
    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        let text = Array(abs(value).description.utf8)
        self.negative = value < 0
        self.digits = []
        self.digits.reserveCapacity(20)
        var pointAt: Int?
        var exponent = 0
        var index = 0
        while index < text.count {
            let character = text[index]
            if character == UInt8(ascii: ".") {
                pointAt = self.digits.count
            } else if character == UInt8(ascii: "e") || character == UInt8(ascii: "E") {
                exponent = Int(String(decoding: text[(index + 1)...], as: UTF8.self)) ?? 0
                break
            } else {
                self.digits.append(character &- UInt8(ascii: "0"))
            }
            index += 1
        }
        self.exponent = (pointAt ?? self.digits.count) + exponent
        while let first = self.digits.first, first == 0 {
            self.digits.removeFirst()
            self.exponent -= 1
        }
        if self.digits.isEmpty { self.exponent = 0 }
    }

    /// Rounds half away from zero to `places` digits after the decimal point.
    mutating func round(places: Int) {
        let keep = self.exponent + places
        guard keep < self.digits.count else { return }
        guard keep >= 0 else {
            self.digits = []
            self.exponent = 0
            return
        }
        let roundUp = self.digits[keep] >= 5
        self.digits.removeSubrange(keep...)
        guard roundUp else { return }
        var position = keep - 1
        while position >= 0 {
            if self.digits[position] < 9 {
                self.digits[position] += 1
                return
            }
            self.digits[position] = 0
            position -= 1
        }
        self.digits.insert(1, at: 0)
        self.exponent += 1
    }

    /// The digits written out with exactly `places` decimals (and no minus sign on a zero).
    func text(places: Int) -> String {
        let zero = UInt8(ascii: "0")
        var out: [UInt8] = []
        out.reserveCapacity(24)
        if self.negative, self.digits.contains(where: { $0 != 0 }) { out.append(UInt8(ascii: "-")) }
        // A zero has no digits; a shifted exponent (a percentage) must not write it as "00".
        if self.exponent <= 0 || self.digits.isEmpty {
            out.append(zero)
        } else {
            for index in 0..<self.exponent { out.append(index < self.digits.count ? zero + self.digits[index] : zero) }
        }
        if places > 0 {
            out.append(UInt8(ascii: "."))
            for place in 0..<places {
                let index = self.exponent + place
                out.append(index >= 0 && index < self.digits.count ? zero + self.digits[index] : zero)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
