import EthosModel

/// `team-without-kpi`: a team that watches no metric.
struct TeamWithoutKPI: LintCheck {
    let id: RuleID = "team-without-kpi"
    let severity = Severity.warning
    let summary = "a team that watches no KPI"
    let explanation = """
        Every team lives the philosophy differently, and the articles' team table pairs each \
        team's key activities with the metrics it watches: Support with CSAT, NPS and CES, Sales \
        with SQL and churn, HR with employee turnover, Marketing with MQL. A team without a \
        metric cannot see whether its part works. This rule reports every team whose `kpis` list \
        is empty.
        """
    let fix = "add 'kpis:' with the metrics that show how this team lives the values ('ethos kpis' lists them)"

    func check(_ subject: LintSubject) -> [Diagnostic] {
        subject.philosophy.teams.enumerated().compactMap { index, team in
            guard team.kpis.isEmpty else { return nil }
            return finding("team '\(subject.name(team.name))' watches no KPI", at: FieldPath.team(index).path)
        }
    }
}
