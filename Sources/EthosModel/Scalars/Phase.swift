/// An onboarding phase: `day-N` or `week-N`, counted from a new hire's first day.
public enum Phase: Hashable, Sendable, Comparable, FileSyntaxCodable {
    /// The N-th day (`day-1` is the first day).
    case day(Int)
    /// The N-th week (`week-1` is the first week).
    case week(Int)

    /// The phases used when a file names none.
    public static let defaults: [Phase] = [.day(1), .week(1), .day(30), .day(60), .day(90)]

    /// Parses `day-N` or `week-N` with N from 1 to 3650.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), parts[1].count <= 4,
              let number = Int(parts[1]), (1...3_650).contains(number) else { return nil }
        switch parts[0] {
        case "day": self = .day(number)
        case "week": self = .week(number)
        default: return nil
        }
    }

    /// The day, counted from 1, by which the phase's tasks are due: `week-2` is due on day 14.
    public var dueDay: Int {
        switch self {
        case .day(let number): number
        case .week(let number): number * 7
        }
    }

    /// The file syntax.
    public var description: String {
        switch self {
        case .day(let number): "day-\(number)"
        case .week(let number): "week-\(number)"
        }
    }

    /// Phases sort by due day; on the same day, a day phase comes before a week phase.
    public static func < (lhs: Phase, rhs: Phase) -> Bool {
        if lhs.dueDay != rhs.dueDay { return lhs.dueDay < rhs.dueDay }
        if case .day = lhs, case .week = rhs { return true }
        return false
    }
}
