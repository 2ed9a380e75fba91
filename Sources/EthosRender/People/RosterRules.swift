import EthosModel

/// The rules of the problems with HR's roster (`ethos pack --roster hires.csv`).
extension RuleID {
    /// An email cell that is not a plausible email address.
    public static let badEmail = RuleID(rawValue: "bad-email")
    /// A roster lists the same hire twice (the same email, or the same name without one).
    public static let duplicateHire = RuleID(rawValue: "duplicate-hire")
    /// A start date on a day nobody works; due dates count from the next working day.
    public static let startNotWorkingDay = RuleID(rawValue: "start-not-working-day")
}
