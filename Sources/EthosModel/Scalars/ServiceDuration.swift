/// A length of time as written in a philosophy: a number and a unit (`30s`, `2m`, `1.5h`, `3d`, `2w`).
///
/// The unit is kept so that outputs say "2 minutes" rather than "120 seconds".
public struct ServiceDuration: Hashable, Sendable, FileSyntaxCodable {
    /// The unit a duration is written in.
    public enum Unit: String, CaseIterable, Sendable, Codable {
        case seconds = "s", minutes = "m", hours = "h", days = "d", weeks = "w"

        /// How many seconds one of this unit is.
        public var seconds: Double {
            switch self {
            case .seconds: 1
            case .minutes: 60
            case .hours: 3_600
            case .days: 86_400
            case .weeks: 604_800
            }
        }
    }

    /// The amount, in `unit`s.
    public let amount: Double
    /// The unit the amount is counted in.
    public let unit: Unit

    /// Creates a duration of `amount` `unit`s.
    public init(_ amount: Double, _ unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// `amount` seconds.
    public static func seconds(_ amount: Double) -> ServiceDuration { .init(amount, .seconds) }
    /// `amount` minutes.
    public static func minutes(_ amount: Double) -> ServiceDuration { .init(amount, .minutes) }
    /// `amount` hours.
    public static func hours(_ amount: Double) -> ServiceDuration { .init(amount, .hours) }
    /// `amount` days.
    public static func days(_ amount: Double) -> ServiceDuration { .init(amount, .days) }
    /// `amount` weeks.
    public static func weeks(_ amount: Double) -> ServiceDuration { .init(amount, .weeks) }

    /// The duration in seconds, for comparisons.
    public var totalSeconds: Double { amount * unit.seconds }

    /// The longest duration a file may give, 100 years (of 365 days): longer ones are
    /// mistakes, and outputs could not say them in words.
    public static let maximumSeconds: Double = 100 * 365 * 86_400

    /// Whether `text` is written as a duration (`6000000w`) but is longer than
    /// ``maximumSeconds``, so that an error can say why it was refused.
    public static func exceedsMaximum(_ text: String) -> Bool {
        guard let unitCharacter = text.last, let unit = Unit(rawValue: String(unitCharacter)),
              let amount = PlainNumber.parse(text.dropLast()), amount >= 0 else { return false }
        return amount * unit.seconds > maximumSeconds
    }

    /// Parses the file syntax: a non-negative number directly followed by `s`, `m`, `h`, `d` or
    /// `w`, at most ``maximumSeconds`` long.
    public init?(parsing text: String) {
        guard let unitCharacter = text.last, let unit = Unit(rawValue: String(unitCharacter)),
              let amount = PlainNumber.parse(text.dropLast()), amount >= 0,
              amount * unit.seconds <= Self.maximumSeconds else { return nil }
        self.init(amount, unit)
    }

    /// The file syntax: `2m`, `1.5h`.
    public var description: String { PlainNumber.format(amount) + unit.rawValue }
}
