/// The period a standard is judged over, or how often training is refreshed:
/// a duration, or a calendar period.
public enum Window: Hashable, Sendable, FileSyntaxCodable {
    /// A calendar period (`month`, `quarter` ...).
    public enum CalendarPeriod: String, CaseIterable, Sendable, Codable {
        case day, week, month, quarter, year
    }

    /// A rolling duration such as `28d`.
    case duration(ServiceDuration)
    /// A calendar period.
    case calendar(CalendarPeriod)

    /// The calendar period `day`.
    public static let day = Window.calendar(.day)
    /// The calendar period `week`.
    public static let week = Window.calendar(.week)
    /// The calendar period `month`.
    public static let month = Window.calendar(.month)
    /// The calendar period `quarter`.
    public static let quarter = Window.calendar(.quarter)
    /// The calendar period `year`.
    public static let year = Window.calendar(.year)

    /// Parses the file syntax: a duration or one of `day`, `week`, `month`, `quarter`, `year`.
    public init?(parsing text: String) {
        if let period = CalendarPeriod(rawValue: text) {
            self = .calendar(period)
        } else if let duration = ServiceDuration(parsing: text) {
            self = .duration(duration)
        } else {
            return nil
        }
    }

    /// The file syntax.
    public var description: String {
        switch self {
        case .duration(let duration): duration.description
        case .calendar(let period): period.rawValue
        }
    }
}
