import EthosModel

/// `channel-no-hours`: a staffed channel that does not say when it is staffed.
struct ChannelNoHours: LintCheck {
    let id: RuleID = "channel-no-hours"
    let severity = Severity.warning
    let summary = "a channel that does not say when it is staffed"
    let explanation = """
        Customers should know when a person is there to help. The articles advise publishing the \
        opening hours of every contact point, so nobody waits on a channel that is closed and \
        every channel offers the same experience. This rule reports every channel without \
        `hours`, except channels of kind `self-service`, which nobody staffs.
        """
    let fix = "add 'hours:', such as 'Mon–Fri 08:00–18:00 CET' or '24/7'"

    func check(_ subject: LintSubject) -> [Diagnostic] {
        subject.philosophy.channels.enumerated().compactMap { index, channel in
            guard channel.hours == nil, channel.kind != .selfService else { return nil }
            return finding("channel '\(channel.name)' does not say when it is staffed",
                           at: FieldPath.channel(index).path)
        }
    }
}
