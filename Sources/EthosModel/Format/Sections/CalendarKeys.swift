/// `calendar`: the working week and the days off that onboarding due dates skip.
public struct CalendarKeys: FormatKeys {
    public static let id = FormatSectionID.calendar
    public static let what = "the calendar"
    public static let shared = CalendarKeys()

    public let workdays = FormatKey("workdays", .list(.choice(Weekday.allCases.map(\.rawValue))),
                                    "The days people work. Default [mon, tue, wed, thu, fri].")
    public let holidays = ListKey<HolidayKeys>("holidays", "Days off on which nothing falls due.")
}

/// An item of `calendar.holidays`.
public struct HolidayKeys: FormatKeys {
    public static let id = FormatSectionID.holiday
    public static let what = "a holiday"
    public static let shared = HolidayKeys()

    public let date = FormatKey("date", .date, required: true, "The day off (YYYY-MM-DD).")
    public let name = FormatKey("name", .string, "What the day is: New Year's Day.")
}
