import EthosModel

/// `onboarding-no-refresher`: standards taught once and never refreshed.
struct OnboardingNoRefresher: LintCheck {
    let id: RuleID = "onboarding-no-refresher"
    let severity = Severity.warning
    let summary = "no refresher: standards are taught once and never again"
    let explanation = """
        What is learnt once in the first week fades. The articles advise teaching the standards \
        in initial training and again in periodic refreshers, in writing and in person, with \
        role play, so that new and long-serving people work to the same standards. This rule \
        reports a file whose `onboarding` has no `refresher`, or that has no `onboarding` at all.
        """
    let fix = "add 'refresher: quarter' (or month, year, a duration such as 8w) under 'onboarding'"

    func check(_ subject: LintSubject) -> [Diagnostic] {
        guard let onboarding = subject.philosophy.onboarding else {
            return [finding("the file has no onboarding, so the standards are never refreshed in training",
                            fix: "add 'onboarding: { refresher: quarter }'", at: .root)]
        }
        guard onboarding.refresher == nil else { return [] }
        return [finding("onboarding sets no refresher for the standards", at: FieldPath.philosophy.onboarding.path)]
    }
}
