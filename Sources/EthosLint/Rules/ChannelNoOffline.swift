import EthosModel

/// `channel-no-offline`: staffed hours without a word on what customers get outside them.
struct ChannelNoOffline: LintCheck {
    let id: RuleID = "channel-no-offline"
    let severity = Severity.warning
    let summary = "staffed hours without an automatic reply outside them"
    let explanation = """
        Outside the opening hours customers still write and call. The articles advise automating \
        a reply for when nobody is online, so every message is acknowledged and the customer \
        knows when a person will answer. This rule reports every channel with `hours` that do not \
        read as around the clock ("24/7", "around the clock", "rund um die Uhr", "24 ur na dan", \
        "døgnet rundt" and their kin) and no `offline` text.
        """
    let fix = "add 'offline:' saying what customers get then: an automatic reply with the next opening time, a callback request"

    func check(_ subject: LintSubject) -> [Diagnostic] {
        subject.philosophy.channels.enumerated().compactMap { index, channel in
            guard let hours = channel.hours, channel.offline == nil,
                  !hours.allStrings.contains(where: AvailabilityPhrases.readsAroundTheClock) else { return nil }
            return finding("channel '\(channel.name)' is staffed \(subject.name(hours)) but says nothing of the hours outside",
                           at: FieldPath.channel(index).path)
        }
    }
}
