import EthosModel

/// The rule of `ethos export openslo`'s warnings (`docs/openslo.md`, "What is skipped").
extension RuleID {
    /// A standard OpenSLO cannot express (a 100 % target, a median, mean, score or amount)
    /// is left out of the export.
    public static let openSLOSkipped = RuleID(rawValue: "openslo-skipped")
}
