/// How many terminal columns text takes, and how to wrap it within a number of columns.
///
/// Wide and full-width characters (Unicode East Asian Width W and F: CJK ideographs, kana,
/// Hangul, full-width forms, CJK punctuation, most emoji) take two columns; combining marks and
/// zero-width characters none; everything else one. `String.count` would count 学 as one column
/// and misalign every Chinese table.
public enum DisplayWidth {
    /// East Asian Width W and F ranges (Unicode 15 `EastAsianWidth.txt`, merged where adjacent).
    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x4DBF, 0x4E00...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF,
        0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF,
        0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// Combining marks, zero-width spaces and joiners, variation selectors.
    static let zero: [ClosedRange<UInt32>] = [
        0x0300...0x036F, 0x1AB0...0x1AFF, 0x200B...0x200F, 0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFEFF...0xFEFF,
    ]

    /// Punctuation that must not begin a line.
    static let closing: Set<Character> = ["）", "。", "，", "、", "；", "：", "”", "」", "！", "？", ")", ",", ".", ";", ":"]

    /// Columns one scalar takes.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return 1 }
        if self.zero.contains(where: { $0.contains(value) }) { return 0 }
        return self.wide.contains(where: { $0.contains(value) }) ? 2 : 1
    }

    /// Columns the text takes on one line.
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + self.of($1) }
    }

    /// The text in lines of at most `width` columns: broken after a space or next to a wide
    /// character where possible, inside a word only when the word alone is wider.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { self.wrapLine(String($0), width: width) }
    }

    /// Every line of `text` within `width` columns; a wrapped line continues under its own text,
    /// past its indent and any bullet (`  - `, `  * `, `  † `), so lists stay readable.
    public static func fit(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            let line = String(line)
            guard self.of(line) > width else { return [line] }
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            let bullet = ["- ", "* ", "† "].first { rest.hasPrefix($0) }.map(\.count) ?? 0
            let hang = min(indent + bullet, width / 2)
            let head = String(line.prefix(hang))
            let pieces = self.wrapLine(String(line.dropFirst(hang)), width: width - hang)
            return pieces.enumerated().map { index, piece in (index == 0 ? head : String(repeating: " ", count: hang)) + piece }
        }.joined(separator: "\n")
    }

    private static func wrapLine(_ text: String, width: Int) -> [String] {
        guard self.of(text) > width else { return [text] }
        var lines: [String] = []
        var line: [Character] = []
        var lineWidth = 0
        /// Where the current line may be broken: the count of characters kept on it.
        var breakAt: Int?
        for character in text {
            let characterWidth = character.unicodeScalars.reduce(0) { $0 + self.of($1) }
            let isWide = characterWidth == 2
            if lineWidth + characterWidth > width, character == " " {
                lines.append(String(line).trimmingTrailingSpaces())
                line = []
                lineWidth = 0
                breakAt = nil
                continue
            }
            while lineWidth + characterWidth > width, !line.isEmpty {
                var keep = isWide ? line.count : (breakAt ?? line.count)
                // A closing mark never starts a line (禁则): take the character before it along.
                if keep == line.count, Self.closing.contains(character), line.count > 1 { keep -= 1 }
                let kept = keep == 0 ? line.count : keep
                lines.append(String(line[..<kept]).trimmingTrailingSpaces())
                line = Array(line[kept...].drop { $0 == " " })
                lineWidth = line.reduce(0) { $0 + $1.unicodeScalars.reduce(0) { $0 + self.of($1) } }
                breakAt = nil
            }
            if isWide, !line.isEmpty { breakAt = line.count }
            line.append(character)
            lineWidth += characterWidth
            if character == " " || isWide || character == "/" || character == "、" || character == "，" { breakAt = line.count }
        }
        if !line.isEmpty { lines.append(String(line).trimmingTrailingSpaces()) }
        return lines
    }
}
