import EthosModel

/// `standard-absolute`: a standard that allows no exception (100 %, or at most 0).
struct StandardAbsolute: LintCheck {
    let id: RuleID = "standard-absolute"
    let severity = Severity.warning
    let summary = "a standard of 100 % or at most 0: set a floor such as 90 % instead"
    let explanation = """
        A rule of 100 % fails the first time something nobody controls gets in the way (a storm, \
        an outage, a flu wave), and a rule that cannot be kept teaches people that standards are \
        not meant seriously. The articles recommend a percentage floor instead: "90 % of calls are \
        answered within two minutes" rather than "all calls". This rule reports a standard whose \
        objective is a share of 100 %, an at-most of 0, or an at-least at the very top of the \
        KPI's range (such as a CSAT of 100 %).
        """
    let fix = "set a floor you can keep, such as 90 % of cases"

    func check(_ subject: LintSubject) -> [Diagnostic] {
        subject.philosophy.standards.enumerated().compactMap { index, standard in
            let path = FieldPath.standard(index).objective
            let name = "standard '\(standard.effectiveID)'"
            switch standard.objective {
            case .share(let share, let within) where share >= 1:
                return finding("\(name) promises 100% of cases; one case nobody could control breaks it",
                               fix: "promise a share such as { share: 90%, within: \(within) }", at: path.share)
            case .atMost(let measure) where measure.magnitude <= 0:
                return finding("\(name) allows at most \(measure.fileSyntax), a rule without exception",
                               fix: "set a ceiling above zero that you can keep, and work on the cases above it",
                               at: path.atMost)
            case .atLeast(let measure):
                guard let upper = subject.catalog.kpi(standard.kpi)?.range?.upper, measure.magnitude >= upper else {
                    return nil
                }
                return finding("\(name) asks for at least \(measure.fileSyntax), the best \(standard.kpi) can ever be",
                               fix: "set a floor below the maximum that you can keep, such as 90%", at: path.atLeast)
            default:
                return nil
            }
        }
    }
}
