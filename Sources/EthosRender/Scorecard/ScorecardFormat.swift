/// The forms ``ScorecardDocument`` writes a scorecard in.
public enum ScorecardFormat: String, CaseIterable, Sendable {
    /// One line a standard, for a terminal.
    case text
    /// One GFM page with a table per standard.
    case markdown
    /// One self-contained HTML page with a table and a trend chart per standard.
    case html
}
