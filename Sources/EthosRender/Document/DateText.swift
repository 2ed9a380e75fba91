import EthosModel
import Foundation

/// Calendar dates written the way a locale writes them (`1 November 2026`, `1. November 2026`),
/// through Foundation's date format style in UTC, so the result never depends on the machine's
/// time zone.
enum DateText {
    private static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0)!

    static func long(_ date: CalendarDate, locale: LocaleID) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let components = DateComponents(year: date.year, month: date.month, day: date.day)
        guard let instant = calendar.date(from: components) else { return date.description }
        let style = Date.FormatStyle(date: .long, time: .omitted, locale: Locale(identifier: locale.tag),
                                     calendar: calendar, timeZone: utc)
        return instant.formatted(style)
    }
}
