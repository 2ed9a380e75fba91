import EthosModel

/// The rules of the problems with a holiday calendar (`--holidays FILE.ics`).
extension RuleID {
    /// The file is not an iCalendar file, or an event in it is broken (no start, never ended).
    public static let badCalendar = RuleID(rawValue: "bad-calendar")
    /// An event repeats in a way Ethos does not follow; only its first day counts.
    public static let ignoredRecurrence = RuleID(rawValue: "ignored-recurrence")
}
