public import DudaoCore
public import DudaoProto

extension Period {
    public var proto: Dudao_V1_Period {
        var proto = Dudao_V1_Period()
        switch self {
        case .schoolYear(let year): proto.schoolYear = year.int32
        case .calendarYear(let year): proto.calendarYear = year.int32
        case .date(let date): proto.date = date.description
        }
        return proto
    }

    /// Reads a period from the wire.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` when no kind is set, a year is
    ///   outside 1900…9999, or the date is not a `YYYY-MM-DD` date.
    public init(proto: Dudao_V1_Period) throws {
        self = try ConversionIssues.convert("period") { Period(proto: proto, path: "period", issues: &$0) }
    }

    init?(proto: Dudao_V1_Period, path: String, issues: inout ConversionIssues) {
        switch proto.kind {
        case .schoolYear(let year):
            guard (1900...9998).contains(year) else {
                issues.invalid(path, rule: .outOfRange, zh: "学年起始年份应在 1900–9998 之间，实际为 \(year)", en: "a school year starts in 1900…9998; got \(year)")
                return nil
            }
            self = .schoolYear(Int(year))
        case .calendarYear(let year):
            guard (1900...9999).contains(year) else {
                issues.invalid(path, rule: .outOfRange, zh: "年份应在 1900–9999 之间，实际为 \(year)", en: "a calendar year is 1900…9999; got \(year)")
                return nil
            }
            self = .calendarYear(Int(year))
        case .date(let text):
            guard let date = CalendarDate(proto: text, path: path, issues: &issues) else { return nil }
            self = .date(date)
        case nil:
            issues.missing(path)
            return nil
        }
    }
}

extension CalendarDate {
    init?(proto text: String, path: String, issues: inout ConversionIssues) {
        guard let date = CalendarDate(text) else {
            issues.invalid(path, zh: "日期格式应为 YYYY-MM-DD，实际为 \(text)", en: "expected a date YYYY-MM-DD; got \(text)")
            return nil
        }
        self = date
    }
}
