/// The `calendar` section: which days of the week people work and which dates are days off.
/// Onboarding due dates count only working days.
public struct WorkCalendar: Hashable, Sendable, Codable {
    /// The days of the week people work, as written; `nil` means Monday to Friday.
    public var workdays: [Weekday]?
    /// Dates off that would otherwise be working days.
    public var holidays: [Holiday]

    /// Creates a calendar.
    public init(workdays: [Weekday]? = nil, holidays: [Holiday] = []) {
        self.workdays = workdays
        self.holidays = holidays
    }

    /// The working days in effect: the file's, or Monday to Friday.
    public var effectiveWorkdays: [Weekday] { workdays ?? Weekday.workingWeek }
}

/// A day off: a public holiday or a company closing day.
public struct Holiday: Hashable, Sendable, Codable {
    /// The date.
    public var date: CalendarDate
    /// What the day is, for people: `New Year's Day`.
    public var name: String?

    /// Creates a holiday.
    public init(date: CalendarDate, name: String? = nil) {
        self.date = date
        self.name = name
    }
}
