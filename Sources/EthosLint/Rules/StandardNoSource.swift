import EthosModel

/// `standard-no-source`: a standard that does not say what customer research it rests on.
struct StandardNoSource: StandardFieldCheck {
    let id: RuleID = "standard-no-source"
    let severity = Severity.info
    let summary = "a standard that names no customer research behind it"
    let explanation = """
        Standards work when they reflect what customers actually experience and need, so the \
        articles advise interviewing and surveying customers before setting them. Naming the \
        source shows the number was not guessed, and tells whoever revisits the standard where \
        to look. This rule reports every standard without `source`; it is information rather \
        than a warning, since the research may well be documented elsewhere.
        """
    let fix = "add 'source:' naming the survey, interviews or data behind the number"

    func lacksField(_ standard: ServiceStandard) -> Bool { standard.source == nil }

    func message(standardID: String) -> String { "standard '\(standardID)' names no customer research behind it" }
}
