import EthosModel

/// Words about a start date that is not a working day.
public enum StartDay {
    /// `2027-01-02 (Saturday) is not a working day; due dates count from 2027-01-04 (Monday)`,
    /// naming the holiday when the start is one.
    public static func movedMessage(from start: CalendarDate, to first: CalendarDate, workingDays: WorkingDays) -> String {
        let why = workingDays.holidays[start].map { $0.isEmpty ? "a holiday" : "a holiday (\($0))" }
        return "start \(start) (\(dayName(start.weekday))) is \(why ?? "not a working day"); "
            + "due dates count from \(first) (\(dayName(first.weekday))), the next working day"
    }

    private static func dayName(_ day: Weekday) -> String {
        switch day {
        case .mon: "Monday"
        case .tue: "Tuesday"
        case .wed: "Wednesday"
        case .thu: "Thursday"
        case .fri: "Friday"
        case .sat: "Saturday"
        case .sun: "Sunday"
        }
    }
}
