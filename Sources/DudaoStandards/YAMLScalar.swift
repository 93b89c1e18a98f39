import Yams

/// A pack scalar read as a boolean, an integer or a number, with Yams's rules and quickly for the
/// forms packs use.
///
/// Yams's readers search every scalar for `_` through Foundation and lower-case it, the larger
/// part of reading a pack's figures. Plain decimal forms (`5200`, `-0.85`, `1e-5`) give the same
/// value from the standard library's parsers, and a text that cannot be a boolean is known by its
/// first byte, so only the rest (`0x1F`, `0o17`, `1_000`, `1:30`, `.inf`, a leading `0`, which
/// YAML reads as octal) goes to Yams.
enum YAMLScalar {
    private enum Form {
        /// Optional sign and digits, not starting with 0 (or `0` alone).
        case integer
        /// Optional sign, digits, then a fraction or an exponent or both.
        case decimal
        case other
    }

    /// What a scalar stands for: unquoted, a null, a boolean, an integer or a number as YAML
    /// spells them; anything else, and every quoted scalar, a text.
    enum Reading {
        case null
        case boolean(Bool)
        case integer(Int)
        case number(Double)
        case text(String)
    }

    /// The scalar's reading, or `nil` for a mapping or a list.
    static func reading(_ node: Node) -> Reading? {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                if scalar.string == "null" || scalar.string == "~" { return .null }
                if let flag = Self.boolean(node) { return .boolean(flag) }
                if let integer = Self.integer(node) { return .integer(integer) }
                if let number = Self.number(node) { return .number(number) }
            }
            return .text(scalar.string)
        case .alias: return .null
        case .mapping, .sequence: return nil
        }
    }

    static func boolean(_ node: Node) -> Bool? {
        // true, yes, on, false, no, off in any case.
        guard let scalar = node.scalar, scalar.string.utf8.count <= 5, let first = scalar.string.utf8.first,
            (UInt8(ascii: "A")...UInt8(ascii: "z")).contains(first)
        else { return nil }
        return node.bool
    }

    static func integer(_ node: Node) -> Int? {
        guard let scalar = Self.numeric(node) else { return nil }
        switch Self.form(scalar.string) {
        case .integer: return Int(scalar.string)
        case .decimal: return nil
        case .other: return node.int
        }
    }

    static func number(_ node: Node) -> Double? {
        guard let scalar = Self.numeric(node) else { return nil }
        switch Self.form(scalar.string) {
        case .integer, .decimal: return Double(scalar.string)
        case .other: return node.float
        }
    }

    /// The scalar when it may be a number: Yams reads only unquoted ones, and every integer and
    /// number it reads starts with a digit, a sign or a point.
    private static func numeric(_ node: Node) -> Node.Scalar? {
        guard let scalar = node.scalar, scalar.style == .any || scalar.style == .plain, let first = scalar.string.utf8.first,
            first == UInt8(ascii: ".") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || Self.isDigit(first)
        else { return nil }
        return scalar
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func form(_ text: String) -> Form {
        var text = text
        return text.withUTF8(Self.form)
    }

    private static func form(_ bytes: UnsafeBufferPointer<UInt8>) -> Form {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
            return index - start
        }
        let signed = index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"))
        if signed { index += 1 }
        let wholeStart = index
        guard digits() > 0 else { return .other }
        let leadingZero = bytes[wholeStart] == UInt8(ascii: "0")
        var decimal = false
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            _ = digits()
            decimal = true
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return .other }
            decimal = true
        }
        guard index == bytes.count else { return .other }
        if decimal { return .decimal }
        // YAML reads a leading 0 as octal, and Yams reads a signed 0 as a number, not an integer.
        if leadingZero, signed || bytes.count > 1 { return .other }
        return .integer
    }
}
