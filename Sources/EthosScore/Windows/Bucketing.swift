import EthosModel

/// How contacts' days are grouped while reading, before the data's first and last days are
/// known: by calendar period (a window of that period is exactly one bucket), or by day
/// (rolling windows are sums of days, placed once the last day is known).
enum Bucketing: Hashable {
    case calendar(Window.CalendarPeriod)
    case days(Int)

    /// How `window` is bucketed: calendar periods as themselves, durations by day. A rolling
    /// window is a whole number of days (at least one).
    init(_ window: Window) {
        switch window {
        case .calendar(let period): self = .calendar(period)
        case .duration(let duration): self = .days(max(1, Int((duration.totalSeconds / 86_400).rounded(.up))))
        }
    }

    /// The bucket `day` falls in: the first day of its calendar period, or the day itself.
    func bucket(of day: LocalDay) -> Int {
        switch self {
        case .days: return day.index
        case .calendar(let period): return Self.start(of: period, holding: day).index
        }
    }

    /// The first day of the `period` that holds `day` (weeks start on Monday, as in ISO 8601).
    static func start(of period: Window.CalendarPeriod, holding day: LocalDay) -> LocalDay {
        switch period {
        case .day: return day
        case .week: return day.adding(days: -day.weekday)
        case .month, .quarter, .year:
            let (year, month, _) = day.civil
            switch period {
            case .month: return LocalDay(year: year, month: month, day: 1)
            case .quarter: return LocalDay(year: year, month: (month - 1) / 3 * 3 + 1, day: 1)
            default: return LocalDay(year: year, month: 1, day: 1)
            }
        }
    }

    /// The first day of the `period` after the one starting on `start`.
    static func next(_ period: Window.CalendarPeriod, after start: LocalDay) -> LocalDay {
        let (year, month, _) = start.civil
        switch period {
        case .day: return start.adding(days: 1)
        case .week: return start.adding(days: 7)
        case .month: return month == 12 ? LocalDay(year: year + 1, month: 1, day: 1) : LocalDay(year: year, month: month + 1, day: 1)
        case .quarter: return month >= 10 ? LocalDay(year: year + 1, month: 1, day: 1) : LocalDay(year: year, month: month + 3, day: 1)
        case .year: return LocalDay(year: year + 1, month: 1, day: 1)
        }
    }
}
