/// A day of the week, written as its first three English letters: `mon` … `sun`.
public enum Weekday: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    /// Monday to Friday: the working week when a file names none.
    public static let workingWeek: [Weekday] = [.mon, .tue, .wed, .thu, .fri]

    /// Monday first.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool {
        lhs.index < rhs.index
    }

    /// 0 for Monday to 6 for Sunday.
    var index: Int { Weekday.allCases.firstIndex(of: self) ?? 0 }

    /// The day of the week of the day `dayNumber` days after 1970-01-01 (a Thursday).
    init(dayNumber: Int) {
        self = Weekday.allCases[Weekday.index(ofDayNumber: dayNumber)]
    }

    /// 0 for Monday to 6 for Sunday: the weekday of the day `dayNumber` days after 1970-01-01,
    /// as a number, for counting.
    package static func index(ofDayNumber dayNumber: Int) -> Int {
        ((dayNumber + 3) % 7 + 7) % 7
    }
}

extension CalendarDate {
    /// The day of the week of the date.
    public var weekday: Weekday { Weekday(dayNumber: dayNumber) }
}
