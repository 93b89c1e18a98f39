import ArgumentParser
import DudaoCore

/// A point in time on the command line: `YYYY-MM-DD` (midnight Beijing time) or unix milliseconds.
struct TimeArgument: ExpressibleByArgument, Sendable {
    var milliseconds: Int64

    init?(argument: String) {
        if let milliseconds = Int64(argument) {
            self.milliseconds = milliseconds
        } else if let date = CalendarDate(argument) {
            // Days since 1970-01-01 by the civil-from-days inverse, minus 8 hours for UTC+8.
            let year = Int64(date.year) - (date.month <= 2 ? 1 : 0)
            let era = (year >= 0 ? year : year - 399) / 400
            let yearOfEra = year - era * 400
            let month = Int64(date.month)
            let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + Int64(date.day) - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            let days = era * 146_097 + dayOfEra - 719_468
            self.milliseconds = (days * 86_400 - 8 * 3600) * 1000
        } else {
            return nil
        }
    }
}
