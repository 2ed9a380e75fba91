/// What a KPI's number counts, which decides how targets are written and shown.
public enum KPIUnit: String, CaseIterable, Sendable, Codable {
    /// A score on the KPI's own scale (NPS, CES).
    case score
    /// A share, written `90%` or `0.9`.
    case percent
    /// A length of time, written `2m`.
    case duration
    /// An amount of money.
    case currency
    /// A number of things.
    case count
}

/// Which way a KPI is better.
public enum KPIDirection: String, CaseIterable, Sendable, Codable {
    /// Bigger numbers are better.
    case higher
    /// Smaller numbers are better.
    case lower
}
