import Foundation

/// What `ethos score` reads, and how it judges.
public struct ScoreOptions: Sendable {
    /// The contact files, each with its map.
    public var contacts: [ContactSource]
    /// Survey answers not tied to a contact (`--surveys`).
    public var surveys: [String]
    /// KPI figures no export gives (`--actuals`).
    public var actuals: [String]
    /// The zone windows are counted in and zone-less timestamps are read in; `nil`: UTC, and
    /// a zone-less timestamp is an error.
    public var timeZone: TimeZone?
    /// Windows with fewer counted contacts are `not-enough-data`.
    public var minSample: Int

    /// Options reading `contacts`, with no surveys or actuals, in UTC, with a sample of 30.
    public init(contacts: [ContactSource], surveys: [String] = [], actuals: [String] = [], timeZone: TimeZone? = nil,
                minSample: Int = 30) {
        self.contacts = contacts
        self.surveys = surveys
        self.actuals = actuals
        self.timeZone = timeZone
        self.minSample = minSample
    }
}
