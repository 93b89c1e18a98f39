public import Foundation

/// A strict reading of JSON text before it is decoded: syntax errors and duplicate keys are
/// reported with their line and column.
///
/// Foundation's decoder keeps one of two equal keys without a word (so `"pupils": 10` followed
/// by `"pupils": 1000` is evaluated as one of them) and reports a syntax error without saying
/// where. Inputs, policies and configuration files are hand-edited, so both are refused here,
/// naming the place.
public enum JSONSyntaxCheck {
    /// Objects and arrays nested deeper than this are refused (the decoder would recurse as deep).
    public static let maximumDepth = 256

    /// Checks `data`.
    ///
    /// - Parameter what: Names the text in messages, e.g. a file's path.
    /// - Throws: `INVALID_ARGUMENT` naming the line, the column and the rule (`json_syntax`,
    ///   `duplicate_key`).
    public static func check(_ data: Data, what: String) throws {
        var scanner = Scanner(bytes: [UInt8](data))
        do throws(Failure) {
            scanner.skipByteOrderMark()
            scanner.skipWhitespace()
            try scanner.value(depth: 0)
            scanner.skipWhitespace()
            guard scanner.atEnd else { throw scanner.fail("unexpected text after the JSON value") }
        } catch {
            let failure = error
            let path = failure.key.map { "\(what): \($0)" } ?? what
            throw DudaoError(
                .invalidArgument,
                "\(what): line \(failure.line), column \(failure.column): \(failure.message)",
                violations: [
                    ValidationIssue(
                        path: path,
                        rule: failure.rule,
                        zh: "第 \(failure.line) 行第 \(failure.column) 列：\(failure.messageZh)",
                        en: "line \(failure.line), column \(failure.column): \(failure.message)"
                    )
                ]
            )
        }
    }

    struct Failure: Error {
        var line: Int
        var column: Int
        var rule: ValidationRule
        var message: String
        var messageZh: String
        var key: String?
    }

    struct Scanner {
        let bytes: [UInt8]
        var offset = 0
        var line = 1
        var lineStart = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        var atEnd: Bool { self.offset >= self.bytes.count }
        var current: UInt8? { self.atEnd ? nil : self.bytes[self.offset] }

        /// The column of the current byte, counting characters (UTF-8 continuation bytes do not count).
        var column: Int { self.column(at: self.offset, lineStart: self.lineStart) }

        /// The column of the byte at `offset` on the line that starts at `lineStart`.
        ///
        /// Counting costs the length of the line, so it is done only for an error: a whole
        /// document on one line (as written by a JSON encoder) has a key every few bytes.
        func column(at offset: Int, lineStart: Int) -> Int {
            var column = 1
            var index = lineStart
            while index < min(offset, self.bytes.count) {
                if self.bytes[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
            return column
        }

        func fail(_ message: String, zh: String? = nil, rule: ValidationRule = .jsonSyntax, key: String? = nil) -> Failure {
            Failure(line: self.line, column: self.column, rule: rule, message: message, messageZh: zh ?? "JSON 语法错误：\(message)", key: key)
        }

        mutating func skipByteOrderMark() {
            if self.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                self.offset = 3
                self.lineStart = 3
            }
        }

        mutating func skipWhitespace() {
            while let byte = self.current {
                switch byte {
                case 0x20, 0x09, 0x0D:
                    self.offset += 1
                case 0x0A:
                    self.offset += 1
                    self.line += 1
                    self.lineStart = self.offset
                default:
                    return
                }
            }
        }

        mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
            guard self.current == byte else {
                throw self.fail(self.atEnd ? "the text ends where \(what) was expected" : "expected \(what)")
            }
            self.offset += 1
        }

        mutating func value(depth: Int) throws(Failure) {
            guard depth < JSONSyntaxCheck.maximumDepth else {
                throw self.fail("nested deeper than \(JSONSyntaxCheck.maximumDepth) levels")
            }
            guard let byte = self.current else { throw self.fail("the text ends where a value was expected") }
            switch byte {
            case UInt8(ascii: "{"): try self.object(depth: depth)
            case UInt8(ascii: "["): try self.array(depth: depth)
            case UInt8(ascii: "\""): _ = try self.string()
            case UInt8(ascii: "t"): try self.literal("true")
            case UInt8(ascii: "f"): try self.literal("false")
            case UInt8(ascii: "n"): try self.literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try self.number()
            default: throw self.fail("expected a value (object, array, string, number, true, false or null)")
            }
        }

        mutating func object(depth: Int) throws(Failure) {
            self.offset += 1
            self.skipWhitespace()
            if self.current == UInt8(ascii: "}") {
                self.offset += 1
                return
            }
            // Where each key starts; its column is counted only if the key turns out to be repeated.
            var keys: [String: (line: Int, lineStart: Int, offset: Int)] = [:]
            while true {
                self.skipWhitespace()
                guard self.current == UInt8(ascii: "\"") else { throw self.fail("expected a key in double quotes") }
                let place = (line: self.line, lineStart: self.lineStart, offset: self.offset)
                let key = try self.string()
                if let first = keys[key] {
                    let firstColumn = self.column(at: first.offset, lineStart: first.lineStart)
                    var failure = self.fail(
                        "the key \"\(key)\" appears twice in one object (first at line \(first.line), column \(firstColumn)); keep one",
                        zh: "键 \"\(key)\" 在同一对象中出现两次（第一次在第 \(first.line) 行第 \(firstColumn) 列）",
                        rule: .duplicateKey,
                        key: key
                    )
                    failure.line = place.line
                    failure.column = self.column(at: place.offset, lineStart: place.lineStart)
                    throw failure
                }
                keys[key] = place
                self.skipWhitespace()
                try self.expect(UInt8(ascii: ":"), "':' after the key")
                self.skipWhitespace()
                try self.value(depth: depth + 1)
                self.skipWhitespace()
                if self.current == UInt8(ascii: ",") {
                    self.offset += 1
                    continue
                }
                try self.expect(UInt8(ascii: "}"), "',' or '}'")
                return
            }
        }

        mutating func array(depth: Int) throws(Failure) {
            self.offset += 1
            self.skipWhitespace()
            if self.current == UInt8(ascii: "]") {
                self.offset += 1
                return
            }
            while true {
                self.skipWhitespace()
                try self.value(depth: depth + 1)
                self.skipWhitespace()
                if self.current == UInt8(ascii: ",") {
                    self.offset += 1
                    continue
                }
                try self.expect(UInt8(ascii: "]"), "',' or ']'")
                return
            }
        }

        mutating func string() throws(Failure) -> String {
            self.offset += 1
            var scalars: [UInt8] = []
            while let byte = self.current {
                switch byte {
                case UInt8(ascii: "\""):
                    self.offset += 1
                    return String(decoding: scalars, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    self.offset += 1
                    guard let escaped = self.current else { break }
                    switch escaped {
                    case UInt8(ascii: "u"):
                        let digits = self.bytes[min(self.offset + 1, self.bytes.count)..<min(self.offset + 5, self.bytes.count)]
                        guard digits.count == 4, digits.allSatisfy({ Self.isHexDigit($0) }) else {
                            throw self.fail("\\u must be followed by four hexadecimal digits")
                        }
                        scalars.append(contentsOf: [UInt8(ascii: "\\"), escaped] + digits)
                        self.offset += 5
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                        UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        scalars.append(contentsOf: [UInt8(ascii: "\\"), escaped])
                        self.offset += 1
                    default:
                        throw self.fail("unknown escape \\\(Character(Unicode.Scalar(escaped)))")
                    }
                case 0x00..<0x20:
                    throw self.fail("a control character inside a string; write it escaped (e.g. \\n)")
                default:
                    scalars.append(byte)
                    self.offset += 1
                }
            }
            throw self.fail("the text ends inside a string")
        }

        static func isHexDigit(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }

        mutating func literal(_ word: String) throws(Failure) {
            let expected = Array(word.utf8)
            guard self.bytes[self.offset..<min(self.offset + expected.count, self.bytes.count)].elementsEqual(expected) else {
                throw self.fail("expected \(word)")
            }
            self.offset += expected.count
        }

        mutating func number() throws(Failure) {
            let digit = UInt8(ascii: "0")...UInt8(ascii: "9")
            if self.current == UInt8(ascii: "-") { self.offset += 1 }
            guard let first = self.current, digit.contains(first) else { throw self.fail("a digit must follow '-'") }
            self.offset += 1
            if first != UInt8(ascii: "0") {
                while let byte = self.current, digit.contains(byte) { self.offset += 1 }
            }
            if self.current == UInt8(ascii: ".") {
                self.offset += 1
                guard let byte = self.current, digit.contains(byte) else { throw self.fail("a digit must follow the decimal point") }
                while let byte = self.current, digit.contains(byte) { self.offset += 1 }
            }
            if self.current == UInt8(ascii: "e") || self.current == UInt8(ascii: "E") {
                self.offset += 1
                if self.current == UInt8(ascii: "+") || self.current == UInt8(ascii: "-") { self.offset += 1 }
                guard let byte = self.current, digit.contains(byte) else { throw self.fail("a digit must follow the exponent") }
                while let byte = self.current, digit.contains(byte) { self.offset += 1 }
            }
        }
    }
}
