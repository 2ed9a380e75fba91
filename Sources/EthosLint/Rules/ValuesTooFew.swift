import EthosModel

/// `values-too-few`: fewer than two values.
struct ValuesTooFew: LintCheck {
    let id: RuleID = "values-too-few"
    let severity = Severity.warning
    let summary = "fewer than two values: too little to guide different decisions"
    let explanation = """
        One value cannot carry a philosophy. Different moments call on different principles \
        (honesty with a disappointed customer, speed during an outage, care after a mistake), and \
        a lone value either says too little or gets stretched to mean everything. The articles' \
        templates hold a handful of values, each with its action statement and metrics. This rule \
        reports a file with fewer than two values.
        """
    let fix = "add the two to four other values your team lives by, each with an action statement"

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let values = subject.philosophy.values
        guard values.count < 2 else { return [] }
        let named = values.first.map { " ('\(subject.name($0.name))')" } ?? ""
        return [finding("only \(values.count) value\(values.count == 1 ? "" : "s")\(named); a few values guide more decisions than one",
                        at: FieldPath.philosophy.values.path)]
    }
}
