import EthosModel

/// `value-cliche`: "the customer is always right" and its kin, or a one-word value with
/// nothing behind it.
struct ValueCliche: LintCheck {
    let id: RuleID = "value-cliche"
    let severity = Severity.warning
    let summary = "a cliché such as \"the customer is always right\", or a one-word value with no action"
    let explanation = """
        Slogans such as "the customer is always right" ("Der Kunde ist König", "Stranka ima vedno \
        prav", "Kunden har alltid rett") sound like values but tell nobody what to do; the articles \
        single this one out as the cliché to avoid, and ask how many of us ever heard a manager \
        say it and mean it. A one-word value such as "Excellence" with no action behind it is just \
        as vague. This rule reports a value whose name or action statement contains such a slogan \
        (a list of them in English, German, Slovenian and Norwegian), and a value whose name is \
        one word and whose action statement is at most one word.
        """
    var fix: String { Self.clicheFixes.english }

    /// The fix for a cliché, in the language of the text that has it.
    static let clicheFixes = LocalizedFix(
        english: "say what people do instead, starting with a verb: 'Listen to the whole complaint before you answer.'",
        german: "sagen Sie stattdessen, was Ihr Team tut, und beginnen Sie mit einem Verb: "
            + "„Hör dir die ganze Beschwerde an, bevor du antwortest.“",
        slovenian: "namesto tega povejte, kaj ljudje naredijo, in začnite z glagolom: "
            + "„Prisluhni celotni pritožbi, preden odgovoriš.“",
        norwegian: "si heller hva folk gjør, og begynn med et verb: «Lytt til hele klagen før du svarer.»")

    /// The fix for a one-word value, in the file's default language.
    static let oneWordFixes = LocalizedFix(
        english: "write an action statement that starts with a verb, such as 'Do it right the first time.'",
        german: "schreiben Sie einen Handlungsleitsatz, der mit einem Verb beginnt, "
            + "etwa „Mach es gleich beim ersten Mal richtig.“",
        slovenian: "napišite izjavo o ravnanju, ki se začne z glagolom, na primer „Naredi prav že prvič.“",
        norwegian: "skriv et handlingsprinsipp som begynner med et verb, for eksempel «Gjør det riktig første gang.»")

    func check(_ subject: LintSubject) -> [Diagnostic] {
        return subject.philosophy.values.enumerated().compactMap { index, value in
            let path = FieldPath.value(index)
            let name = subject.name(value.name)
            let texts = subject.strings(of: value.name, at: path.name)
                + subject.strings(of: value.action, at: path.action)
            for string in texts {
                if let cliche = ClichePhrases.all.first(in: string.text) {
                    return finding("value '\(name)' leans on the cliché \"\(cliche)\"",
                                   fix: Self.clicheFixes.text(in: subject.locale(of: string)), at: string.path)
                }
            }
            guard Self.isOneWord(value, in: subject) else { return nil }
            return finding("value '\(name)' is one word with no action behind it",
                           fix: Self.oneWordFixes.text(in: subject.philosophy.defaultLocale),
                           at: path.path)
        }
    }

    /// Whether `value` is a single word in name and action alike: a label, not a value.
    static func isOneWord(_ value: ServiceValue, in subject: LintSubject) -> Bool {
        Prose.words(subject.name(value.name)).count == 1
            && value.action.allStrings.allSatisfy { Prose.words($0).count <= 1 }
    }
}
