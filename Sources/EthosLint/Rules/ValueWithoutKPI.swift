import EthosModel

/// `value-without-kpi`: a value no KPI backs.
struct ValueWithoutKPI: LintCheck {
    let id: RuleID = "value-without-kpi"
    let severity = Severity.warning
    let summary = "a value with no KPI to show it is lived"
    let explanation = """
        Without a metric a value stays a word on the wall: nobody can tell whether it is lived, \
        and it never comes up when results are reviewed. The articles tie each value to key \
        metrics (Nextiva's Quality to FCR and CSAT, Speed to FRT and AHT) and advise choosing the \
        metrics that really move when the value is lived. This rule reports every value whose \
        `kpis` list is empty.
        """
    let fix = "add 'kpis:' with a metric that moves when the value is lived ('ethos kpis' lists them)"

    func check(_ subject: LintSubject) -> [Diagnostic] {
        subject.philosophy.values.enumerated().compactMap { index, value in
            guard value.kpis.isEmpty else { return nil }
            return finding("value '\(subject.name(value.name))' has no KPI to show it is lived",
                           at: FieldPath.value(index).path)
        }
    }
}
