import EthosModel

/// `social-without-recovery`: a social channel, and no recovery plan that says how fast we answer.
struct SocialWithoutRecovery: LintCheck {
    let id: RuleID = "social-without-recovery"
    let severity = Severity.warning
    let summary = "a social channel and no recovery plan with 'respond-within'"
    let explanation = """
        A complaint on social media is read by everyone who follows the company. The articles \
        advise being active wherever you have an account, answering at once even if only to say \
        the problem is known and being looked into, routing the case to someone who can fix it, \
        and keeping prepared responses for when things go wrong. This rule reports the first \
        channel of kind `social` when no recovery plan has `respond-within`. A social channel \
        whose `lint-ignore` names this rule does not count.
        """
    let fix = "add a recovery plan such as 'A complaint on social media' with 'respond-within: 1h' and a first response"

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let philosophy = subject.philosophy
        guard !philosophy.recovery.contains(where: { $0.respondWithin != nil }) else { return [] }
        let channels = FieldPath.philosophy.channels
        let social = philosophy.channels.indices.first { index in
            philosophy.channels[index].kind == .social && !subject.suppressions.silences(id, at: channels(index).path)
        }
        guard let social else { return [] }
        return [finding("channel '\(philosophy.channels[social].name)' is public, but no recovery plan says how fast we answer",
                        at: channels(social).path)]
    }
}
