import EthosModel

/// `promise-exceeds-capacity`: a promise of 24/7 service while no channel is staffed 24/7.
struct PromiseExceedsCapacity: LintCheck {
    let id: RuleID = "promise-exceeds-capacity"
    let severity = Severity.warning
    let summary = "text promising 24/7 or \"always available\" while no channel is staffed around the clock"
    let explanation = """
        Be honest about capacity: the articles warn that a small team working on weekdays cannot \
        promise always-available support, and a broken promise costs more trust than a modest one \
        kept. This rule looks for promises of constant availability in every text of the file \
        except opening hours ("24/7", "around the clock", "always available"; "rund um die Uhr", \
        "immer erreichbar"; "24 ur na dan", "vedno dosegljivi"; "døgnet rundt", "alltid \
        tilgjengelig"; and their kin) and reports each text that makes one while no channel has \
        hours that read as around the clock.
        """
    var fix: String { Self.fixes.english }

    /// The fix in the language of the text that makes the promise.
    static let fixes = LocalizedFix(
        english: "promise what the team can keep, such as an answer within one working day, or staff a channel around the clock",
        german: "versprechen Sie nur, was das Team halten kann, etwa eine Antwort innerhalb eines Arbeitstags, "
            + "oder besetzen Sie einen Kanal rund um die Uhr",
        slovenian: "obljubite le, kar ekipa zmore izpolniti, na primer odgovor v enem delovnem dnevu, "
            + "ali pa poskrbite, da na enem od kanalov 24 ur na dan dežura človek",
        norwegian: "lov bare det teamet kan holde, for eksempel svar innen én arbeidsdag, eller bemann en kanal døgnet rundt")

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let philosophy = subject.philosophy
        let staffedAroundTheClock = philosophy.channels.contains { channel in
            channel.hours?.allStrings.contains(where: AvailabilityPhrases.readsAroundTheClock) == true
        }
        guard !staffedAroundTheClock else { return [] }
        return philosophy.textFields.compactMap { path, text in
            isOpeningHours(path) ? nil : promise(in: text, at: path, subject)
        }
    }

    /// Whether `path` is a channel's `hours`, which state the capacity rather than promise it.
    private func isOpeningHours(_ path: FieldPath) -> Bool {
        path.text.hasPrefix("channels[") && path.text.hasSuffix(".hours")
    }

    private func promise(in text: LocalizedText, at path: FieldPath, _ subject: LintSubject) -> Diagnostic? {
        for string in subject.strings(of: text, at: path) {
            guard let phrase = AvailabilityPhrases.promises.first(in: string.text) else { continue }
            let shown = phrase == "24 7" ? "24/7" : phrase
            return finding("\"\(shown)\" promises service at every hour, but no channel is staffed around the clock",
                           fix: Self.fixes.text(in: subject.locale(of: string)), at: string.path)
        }
        return nil
    }
}
