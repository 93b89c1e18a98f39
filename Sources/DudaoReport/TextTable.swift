/// A plain-text table that aligns mixed Chinese and Latin text and fits a terminal's width.
///
/// CJK characters take two terminal columns, so widths are counted in display columns
/// (``DisplayWidth``), not characters; otherwise Chinese tables come out ragged. A table wider
/// than its width narrows its widest columns and wraps their cells onto more lines, so a
/// clerk's 120-column terminal shows every table without the lines breaking mid-column.
public struct TextTable: Sendable {
    public var headers: [String]
    public var rows: [[String]]
    /// Columns aligned right (numbers).
    public var rightAligned: Set<Int>
    /// Columns never wrapped (keys and codes a clerk copies); numbers never are either.
    public var unbroken: Set<Int>

    /// The width every report uses when its caller does not say: a terminal that is not a terminal.
    public static let defaultWidth = 120
    /// Columns are never narrowed below this (or their widest cell, if that is less).
    static let minimumColumnWidth = 6
    static let gap = "  "

    public init(headers: [String], rows: [[String]] = [], rightAligned: Set<Int> = [], unbroken: Set<Int> = []) {
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
        self.unbroken = unbroken
    }

    /// The table, no line wider than `width` display columns (unless even its narrowest form is).
    public func render(width: Int = TextTable.defaultWidth) -> String {
        let count = self.headers.count
        let all = [self.headers] + self.rows
        var widths = Array(repeating: 0, count: count)
        for row in all {
            for (index, cell) in row.prefix(count).enumerated() {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        widths = Self.fit(widths, within: width, keep: self.rightAligned.union(self.unbroken))
        func lines(_ row: [String]) -> [String] {
            let cells = (0..<count).map { index in DisplayWidth.wrap(index < row.count ? row[index] : "", width: widths[index]) }
            let height = cells.map(\.count).max() ?? 1
            return (0..<height).map { lineIndex in
                (0..<count).map { index in
                    let cell = lineIndex < cells[index].count ? cells[index][lineIndex] : ""
                    let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(cell)))
                    return self.rightAligned.contains(index) ? padding + cell : cell + padding
                }.joined(separator: Self.gap).trimmingTrailingSpaces()
            }
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: Self.gap)
        return (lines(self.headers) + [rule] + self.rows.flatMap(lines)).joined(separator: "\n")
    }

    /// Narrows the widest columns, one column at a time, until the row fits; numbers (the
    /// columns in `keep`) are never broken.
    static func fit(_ natural: [Int], within width: Int, keep: Set<Int> = []) -> [Int] {
        var widths = natural
        let gaps = self.gap.count * max(0, widths.count - 1)
        let floors = natural.indices.map { keep.contains($0) ? natural[$0] : min(natural[$0], self.minimumColumnWidth) }
        while widths.reduce(gaps, +) > width {
            guard let widest = widths.indices.filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }

    /// Terminal columns: 2 for East Asian wide and full-width characters, 1 otherwise.
    public static func displayWidth(_ text: String) -> Int { DisplayWidth.of(text) }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
