import EthosModel

/// `objective-wrong-direction`: a target that points against its KPI's direction, such as a
/// first response time of at least one minute.
struct ObjectiveWrongDirection: LintCheck {
    let id: RuleID = "objective-wrong-direction"
    let severity = Severity.error
    let summary = "a target against its KPI's direction, such as at-least on a KPI where lower is better"
    let explanation = """
        A target has to point the way its KPI gets better. "First response time of at least 1 \
        minute" rewards slow answers and "an NPS of at most 60" caps the score the team works to \
        raise, and the documents then publish the opposite of what was meant. Every KPI has a \
        direction, higher or lower is better, which `ethos kpis` shows. This rule reports a \
        standard with `at-least` on a KPI where lower is better, and one with `at-most` on a KPI \
        where higher is better. A `share` of cases `within` a duration is a ceiling each case has \
        to stay under, so it fits a KPI where lower is better (FRT, AHT); on a custom duration KPI \
        where higher is better it is reported too. It is an error, since the published standard \
        says the opposite of its intent; when the other way is meant (a handling time of at \
        least 3 minutes, against rushed calls), say so with `lint-ignore` on the standard.
        """
    let fix = "turn the objective around: 'at-most' where lower is better, 'at-least' where higher is better"

    func check(_ subject: LintSubject) -> [Diagnostic] {
        subject.philosophy.standards.enumerated().compactMap { index, standard in
            guard let kpi = subject.catalog.kpi(standard.kpi) else { return nil }
            let path = FieldPath.standard(index).objective
            let name = "standard '\(standard.effectiveID)'"
            let better = "\(kpi.direction.rawValue) is better for \(kpi.id)"
            switch (standard.objective, kpi.direction) {
            case (.atLeast(let measure), .lower):
                return finding("\(name) asks for \(kpi.id) of at least \(measure.fileSyntax), but \(better)",
                               fix: "write 'at-most: \(measure.fileSyntax)'", at: path.atLeast)
            case (.atMost(let measure), .higher):
                return finding("\(name) asks for \(kpi.id) of at most \(measure.fileSyntax), but \(better)",
                               fix: "write 'at-least: \(measure.fileSyntax)'", at: path.atMost)
            case (.share(_, let within), .higher):
                return finding("\(name) keeps cases within \(within), a ceiling, but \(better)",
                               fix: "write 'at-least: \(within)'", at: path.within)
            default:
                return nil
            }
        }
    }
}
