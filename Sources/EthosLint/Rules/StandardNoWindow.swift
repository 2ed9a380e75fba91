import EthosModel

/// `standard-no-window`: a standard without the period it is judged over.
struct StandardNoWindow: StandardFieldCheck {
    let id: RuleID = "standard-no-window"
    let severity = Severity.warning
    let summary = "a standard without a window: over which period is it judged?"
    let explanation = """
        A standard is time-bound in two ways: it says when an answer or a fix is due, and over \
        which period it is judged. Without a window, "90 % within two minutes" has no period to \
        count the 90 % over, so a result cannot be called kept or missed and cannot be compared \
        from one review to the next. This rule reports every standard without `window`.
        """
    let fix = "add 'window: month' (or day, week, quarter, year, or a duration such as 28d)"

    func lacksField(_ standard: ServiceStandard) -> Bool { standard.window == nil }

    func message(standardID: String) -> String { "standard '\(standardID)' does not say over which period it is judged" }
}
