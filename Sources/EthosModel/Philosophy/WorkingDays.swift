/// Counts working days: the days of the week people work, without holidays.
///
/// Onboarding phases are due on working days: `day-N` on the N-th working day counted from
/// the first (day 1), `week-N` on the last working day of the N-th working week.
public struct WorkingDays: Hashable, Sendable {
    /// The days of the week people work; never empty.
    public let workdays: Set<Weekday>
    /// Dates off, with their names where known.
    public let holidays: [CalendarDate: String]

    /// Working days on `workdays` (Monday to Friday when empty), without `holidays`.
    public init(workdays: some Sequence<Weekday> = Weekday.workingWeek, holidays: [Holiday] = []) {
        let days = Set(workdays)
        self.workdays = days.isEmpty ? Set(Weekday.workingWeek) : days
        self.holidays = Dictionary(holidays.map { ($0.date, $0.name ?? "") }, uniquingKeysWith: { first, _ in first })
    }

    /// The working days of `calendar` (Monday to Friday without one), with `extraHolidays`
    /// (from a holiday calendar file) on top of the calendar's own.
    public init(_ calendar: WorkCalendar?, extraHolidays: [Holiday] = []) {
        self.init(workdays: calendar?.effectiveWorkdays ?? Weekday.workingWeek,
                  holidays: (calendar?.holidays ?? []) + extraHolidays)
    }

    /// How many days a working week has.
    public var daysPerWeek: Int { workdays.count }

    /// Whether people work on `date`.
    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        workdays.contains(date.weekday) && holidays[date] == nil
    }

    /// `date` when it is a working day, otherwise the next working day; `nil` past year 9999.
    public func firstWorkingDay(onOrAfter date: CalendarDate) -> CalendarDate? {
        var day = date
        while !isWorkingDay(day) {
            guard let next = day.addingDays(1) else { return nil }
            day = next
        }
        return day
    }

    /// The `number`-th working day counting `start` as the first (when `start` is not a
    /// working day, the first is the one after it); `nil` past year 9999.
    public func date(ofWorkingDay number: Int, from start: CalendarDate) -> CalendarDate? {
        guard var day = firstWorkingDay(onOrAfter: start) else { return nil }
        var remaining = number - 1
        while remaining > 0 {
            guard let next = day.addingDays(1) else { return nil }
            day = next
            if isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    /// The working day, counted from 1, on which `phase` is due: `day-N` on day N, `week-N`
    /// on day N × the working days of a week.
    public func dueDay(of phase: Phase) -> Int {
        switch phase {
        case .day(let number): number
        case .week(let number): number * daysPerWeek
        }
    }
}
