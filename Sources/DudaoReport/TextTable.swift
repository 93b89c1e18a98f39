/// A plain-text table that aligns mixed Chinese and Latin text.
///
/// CJK characters take two terminal columns, so widths are counted in display columns, not
/// characters; otherwise Chinese tables come out ragged.
public struct TextTable: Sendable {
    public var headers: [String]
    public var rows: [[String]]
    /// Columns aligned right (numbers).
    public var rightAligned: Set<Int>

    public init(headers: [String], rows: [[String]] = [], rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
    }

    public func render() -> String {
        let all = [self.headers] + self.rows
        let count = self.headers.count
        var widths = Array(repeating: 0, count: count)
        for row in all {
            for (index, cell) in row.prefix(count).enumerated() {
                widths[index] = max(widths[index], Self.displayWidth(cell))
            }
        }
        func line(_ row: [String]) -> String {
            (0..<count).map { index in
                let cell = index < row.count ? row[index] : ""
                let padding = String(repeating: " ", count: widths[index] - Self.displayWidth(cell))
                return self.rightAligned.contains(index) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(self.headers), rule] + self.rows.map(line)).joined(separator: "\n")
    }

    /// Terminal columns: 2 for East Asian wide and full-width characters, 1 otherwise.
    public static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                0xFFE0...0xFFE6, 0x20000...0x3FFFD:
                width + 2
            case 0x0300...0x036F, 0x200B...0x200F:
                width
            default:
                width + 1
            }
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
