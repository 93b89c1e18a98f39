/// Writes a ``Sheet`` as CSV the way Excel on Chinese Windows opens it cleanly: a UTF-8 byte
/// order mark (else Excel guesses GBK and shows 乱码), CRLF line ends, RFC 4180 quoting, and
/// figures written as the report shows them.
public enum CSVFile {
    public static func render(_ sheet: Sheet, byteOrderMark: Bool = true) -> String {
        var lines = [self.line(sheet.headers)]
        lines += sheet.rows.map { self.line($0.map(\.display)) }
        return (byteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
    }

    static func line(_ fields: [String]) -> String {
        fields.map(self.quote).joined(separator: ",")
    }

    /// Quotes a field only where needed, doubling inner quotes.
    static func quote(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
