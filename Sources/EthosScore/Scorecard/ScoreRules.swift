import EthosModel

/// The rules of the scorecard's problems with its input (`docs/scorecard.md`, "Bad input").
extension RuleID {
    /// A timestamp cell that does not read; rejects the row.
    public static let badTimestamp = RuleID(rawValue: "bad-timestamp")
    /// A number, yes/no or survey answer that does not read or is off its scale; rejects the row.
    public static let badValue = RuleID(rawValue: "bad-value")
    /// A record with more or fewer fields than the header; rejects the row.
    public static let fieldCount = RuleID(rawValue: "field-count")
    /// A column the map names is not in the file's header.
    public static let missingColumn = RuleID(rawValue: "missing-column")
    /// The data is coarser than an objective asks (whole minutes for `within: 30s`).
    public static let coarseData = RuleID(rawValue: "coarse-data")
    /// A zone-less timestamp, read without `--timezone`.
    public static let missingTimezone = RuleID(rawValue: "missing-timezone")
    /// A CSV file that cannot be read as CSV (an unclosed quote, a record over the size limit).
    public static let badCSV = RuleID(rawValue: "bad-csv")
}
