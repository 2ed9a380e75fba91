/// One revision of the philosophy: an item of `revisions:`, which lists them oldest first.
///
/// The site's "What changed" page shows them newest first; the footer and the pack's
/// welcome page name the current (last) one.
public struct Revision: Hashable, Sendable, Codable {
    /// The version's name as leadership uses it: `1.2`, `2026-Q2`. Unique in the list.
    public var version: String
    /// When the revision was decided; never before the previous revision's date.
    public var date: CalendarDate
    /// What changed, in words for employees.
    public var summary: LocalizedText
    /// Who approved it.
    public var approvedBy: [String]
    /// When it takes effect, if not on its date; never before it.
    public var effective: CalendarDate?

    private enum CodingKeys: String, CodingKey {
        case version, date, summary, approvedBy = "approved-by", effective
    }

    /// Creates a revision.
    public init(version: String, date: CalendarDate, summary: LocalizedText, approvedBy: [String] = [],
                effective: CalendarDate? = nil) {
        self.version = version
        self.date = date
        self.summary = summary
        self.approvedBy = approvedBy
        self.effective = effective
    }
}
