import EthosModel

/// A calendar day in the scorecard's time zone, counted from 1970-01-01.
///
/// Windows are made of whole local days, so every timestamp is turned into one of these once,
/// and all window arithmetic is integer arithmetic on them.
public struct LocalDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let index: Int

    /// The day `index` days after 1970-01-01.
    public init(index: Int) {
        self.index = index
    }

    /// The day of the civil date `year`-`month`-`day` (proleptic Gregorian calendar).
    public init(year: Int, month: Int, day: Int) {
        index = CalendarDate.dayNumber(year: year, month: month, day: day)
    }

    /// The civil date of this day.
    public var civil: (year: Int, month: Int, day: Int) { CalendarDate.civil(fromDayNumber: index) }

    /// 0 for Monday … 6 for Sunday.
    public var weekday: Int { Weekday.index(ofDayNumber: index) }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> LocalDay { LocalDay(index: index + count) }

    /// The ISO 8601 date: `2026-03-29`.
    public var description: String {
        let (year, month, day) = civil
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// Reads an ISO 8601 date (`2026-03-29`), or returns `nil`.
    public init?(iso text: String) {
        guard let date = CalendarDate(parsing: text) else { return nil }
        index = date.dayNumber
    }

    public static func < (lhs: LocalDay, rhs: LocalDay) -> Bool { lhs.index < rhs.index }
}
