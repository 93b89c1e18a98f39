import Foundation

/// Renders records as a CSV table fit for publication (公示): one row per record.
///
/// The format is RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma,
/// a quote or a line break, quotes doubled. Excel on Chinese Windows reads UTF-8 only when the file
/// starts with a byte order mark, so one can be asked for. Times are Beijing time (UTC+8, which
/// has no daylight saving), the time published tables use.
public enum RecordCSV {
    /// The language of the header and of the verdict and item names.
    public enum Language: String, Sendable, Hashable, CaseIterable {
        case zh
        case en
    }

    /// The UTF-8 byte order mark, U+FEFF.
    public static let byteOrderMark = "\u{FEFF}"

    public static func header(language: Language) -> [String] {
        switch language {
        case .zh: ["序号", "地区代码", "地区名称", "评估项目", "标准版本", "评估期", "结论", "未达标事项", "记录编号", "评估时间"]
        case .en: ["No.", "Region code", "Region name", "Assessment", "Edition", "Period", "Verdict", "Unmet items", "Record ID", "Evaluated at (UTC+8)"]
        }
    }

    /// The table of `records` in the order given, numbered from 1.
    ///
    /// - Parameter byteOrderMark: Start with U+FEFF so that Excel detects UTF-8.
    public static func render(_ records: [EvaluationRecord], language: Language, byteOrderMark: Bool = false) -> String {
        var lines = [self.line(self.header(language: language))]
        for (index, record) in records.enumerated() {
            lines.append(self.line(self.row(record, number: index + 1, language: language)))
        }
        return (byteOrderMark ? self.byteOrderMark : "") + lines.joined(separator: "\r\n") + "\r\n"
    }

    static func row(_ record: EvaluationRecord, number: Int, language: Language) -> [String] {
        let result = record.result
        let reasons: [String] = result.reasons.map { reason in
            let name = language == .zh ? reason.nameZh : reason.nameEn
            guard let scope = reason.scope else { return name }
            return language == .zh ? "\(name)（\(scope)）" : "\(name) (\(scope))"
        }
        let title = language == .zh ? result.titleZh : result.titleEn
        let edition = language == .zh ? result.edition.titleZh : result.edition.titleEn
        return [
            String(number),
            record.subject.code,
            record.subject.name,
            title.isEmpty ? record.assessment : title,
            edition.isEmpty ? record.edition : edition,
            record.period.description,
            language == .zh ? record.verdict.nameZh : record.verdict.nameEn,
            reasons.joined(separator: language == .zh ? "；" : "; "),
            record.id,
            self.beijingTime(record.createdAt),
        ]
    }

    static func line(_ fields: [String]) -> String {
        fields.map(self.quote).joined(separator: ",")
    }

    /// RFC 4180 quoting: only where needed, with inner quotes doubled.
    static func quote(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `YYYY-MM-DD hh:mm:ss` in UTC+8 for unix milliseconds.
    ///
    /// Computed by hand (days-from-civil inverse) rather than with a formatter, so the output does
    /// not depend on the machine's locale or time-zone database.
    public static func beijingTime(_ milliseconds: Int64) -> String {
        let seconds = milliseconds.floorDivided(by: 1000) + 8 * 3600
        let days = seconds.floorDivided(by: 86_400)
        let secondOfDay = seconds - days * 86_400
        let z = days + 719_468
        let era = z.floorDivided(by: 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int64, _ width: Int = 2) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month))-\(pad(day)) \(pad(secondOfDay / 3600)):\(pad(secondOfDay % 3600 / 60)):\(pad(secondOfDay % 60))"
    }
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
