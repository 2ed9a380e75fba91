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
}

extension CalendarDate {
    /// The day of the week of the date.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (index 3 counted from Monday).
        let index = ((dayNumber + 3) % 7 + 7) % 7
        return Weekday.allCases[index]
    }
}
