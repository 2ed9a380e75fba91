import EthosModel

/// `standard-no-owner`: a standard no team owns.
struct StandardNoOwner: StandardFieldCheck {
    let id: RuleID = "standard-no-owner"
    let severity = Severity.warning
    let summary = "a standard no team owns"
    let explanation = """
        A promise that belongs to everyone belongs to no one. Naming the team that owns a \
        standard says who watches the number, who explains a miss and who may propose a change; \
        it also puts the standard where that team learns it, in its onboarding and on its page. \
        This rule reports every standard without `owner`.
        """
    let fix = "add 'owner:' with the name of the team that answers for it"

    func lacksField(_ standard: ServiceStandard) -> Bool { standard.owner == nil }

    func message(standardID: String) -> String { "standard '\(standardID)' has no owner" }
}
