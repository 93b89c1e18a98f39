/// The period an assessment refers to.
///
/// Written as `2024-2025` (school year), `2024` (calendar year) or `2024-09-01` (a date).
public enum Period: Sendable, Hashable {
    /// The school year starting in September of the given year.
    case schoolYear(Int)
    case calendarYear(Int)
    case date(CalendarDate)

    /// Parses the three written forms.
    public init?(_ text: String) {
        let text = text.trimmingWhitespace()
        if let date = CalendarDate(text) {
            self = .date(date)
        } else if text.count == 4, let year = Int(text), (1900...9999).contains(year) {
            self = .calendarYear(year)
        } else if text.count == 9, text.dropFirst(4).first == "-",
            let start = Int(text.prefix(4)), let end = Int(text.suffix(4)), end == start + 1, (1900...9998).contains(start)
        {
            self = .schoolYear(start)
        } else {
            return nil
        }
    }

    /// The date that selects the edition in force: the first day of the period.
    public var referenceDate: CalendarDate {
        switch self {
        case .schoolYear(let year): CalendarDate(year: year, month: 9, day: 1)!
        case .calendarYear(let year): CalendarDate(year: year, month: 1, day: 1)!
        case .date(let date): date
        }
    }

    /// The calendar year the period starts in, for year-over-year comparisons.
    public var startYear: Int { self.referenceDate.year }
}

extension Period: CustomStringConvertible {
    public var description: String {
        switch self {
        case .schoolYear(let year): "\(year)-\(year + 1)"
        case .calendarYear(let year): "\(year)"
        case .date(let date): date.description
        }
    }
}

extension Period: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text: String
        if let year = try? container.decode(Int.self) {
            text = String(year)
        } else {
            text = try container.decode(String.self)
        }
        guard let period = Period(text) else {
            throw InputValueError(
                codingPath: decoder.codingPath,
                zh: "评估期“\(text)”无法识别：学年写 2024-2025，年度写 2024，日期写 2024-09-01",
                en: "the period “\(text)” is not understood: write a school year as 2024-2025, a calendar year as 2024, a date as 2024-09-01"
            )
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.description)
    }
}
