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
///
/// The digits live inline (a double has at most 17 significant digits, and rounding up adds one),
/// so formatting a figure allocates only the string it returns.
struct DecimalDigits {
    var negative: Bool
    /// Each 0…9, most significant first, without leading zeros; the first `count` are used.
    private var digits = InlineArray<20, UInt8>(repeating: 0)
    private(set) var count = 0
    var exponent: Int

    /// Reads Swift's shortest round-trip form of `value` (`2.675`, `1e-05`, `1.5e+20`).
    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.negative = value < 0
        self.exponent = 0
        var text = abs(value).description
        var pointAt: Int?
        var written = 0
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let character = bytes[index]
                if character == UInt8(ascii: ".") {
                    pointAt = self.count
                } else if character == UInt8(ascii: "e") || character == UInt8(ascii: "E") {
                    written += Self.exponent(bytes[(index + 1)...])
                    break
                } else if character != UInt8(ascii: "0") || self.count > 0 {
                    self.digits[self.count] = character &- UInt8(ascii: "0")
                    self.count += 1
                } else if pointAt != nil {
                    // A leading zero after the point: the digits start one place further down.
                    written -= 1
                }
                index += 1
            }
        }
        self.exponent = self.count == 0 ? 0 : (pointAt ?? self.count) + written
    }

    /// A signed exponent as Swift writes it, e.g. `-05` or `+20`.
    private static func exponent(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var sign = 1
        var magnitude = 0
        for character in bytes {
            switch character {
            case UInt8(ascii: "-"): sign = -1
            case UInt8(ascii: "+"): continue
            default: magnitude = magnitude * 10 + Int(character &- UInt8(ascii: "0"))
            }
        }
        return sign * magnitude
    }

    /// The digit at `index` of the decimal form, 0 beyond the significant ones.
    private func digit(_ index: Int) -> UInt8 { index >= 0 && index < self.count ? self.digits[index] : 0 }

    /// Rounds half away from zero to `places` digits after the decimal point.
    mutating func round(places: Int) {
        let keep = self.exponent + places
        guard keep < self.count else { return }
        guard keep >= 0 else {
            self.count = 0
            self.exponent = 0
            return
        }
        let roundUp = self.digits[keep] >= 5
        self.count = keep
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
        // Every kept digit was 9: the number becomes 1 followed by zeros, one place longer.
        self.digits[0] = 1
        for index in stride(from: 1, through: keep, by: 1) { self.digits[index] = 0 }
        self.count = max(1, keep + 1)
        self.exponent += 1
    }

    /// The digits written out with exactly `places` decimals (and no minus sign on a zero),
    /// with a comma between each group of three whole digits when `grouped`.
    func text(places: Int, grouped: Bool = false) -> String {
        let zero = UInt8(ascii: "0")
        let minus = self.negative && (0..<self.count).contains { self.digits[$0] != 0 }
        // A zero has no digits; a shifted exponent (a percentage) must not write it as "00".
        let whole = self.exponent <= 0 || self.count == 0 ? 0 : self.exponent
        let commas = grouped && whole > 3 ? (whole - 1) / 3 : 0
        let length = (minus ? 1 : 0) + max(1, whole) + commas + (places > 0 ? places + 1 : 0)
        return String(unsafeUninitializedCapacity: length) { out in
            var at = 0
            func put(_ byte: UInt8) {
                out[at] = byte
                at += 1
            }
            if minus { put(UInt8(ascii: "-")) }
            if whole == 0 { put(zero) }
            for index in 0..<whole {
                if commas > 0, index > 0, (whole - index) % 3 == 0 { put(UInt8(ascii: ",")) }
                put(zero + self.digit(index))
            }
            if places > 0 {
                put(UInt8(ascii: "."))
                for place in 0..<places { put(zero + self.digit(self.exponent + place)) }
            }
            return at
        }
    }
}
