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
    let fix = "say what people do instead, starting with a verb: 'Listen to the whole complaint before you answer.'"

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let values = FieldPath.root.key("values")
        return subject.philosophy.values.enumerated().compactMap { index, value in
            let path = values.index(index)
            let name = subject.name(value.name)
            let texts = subject.strings(of: value.name, at: path.key("name"))
                + subject.strings(of: value.action, at: path.key("action"))
            for string in texts {
                if let cliche = ClichePhrases.all.first(in: string.text) {
                    return finding("value '\(name)' leans on the cliché \"\(cliche)\"", at: string.path)
                }
            }
            guard Self.isOneWord(value, in: subject) else { return nil }
            return finding("value '\(name)' is one word with no action behind it",
                           fix: "write an action statement that starts with a verb, such as 'Do it right the first time.'",
                           at: path)
        }
    }

    /// Whether `value` is a single word in name and action alike: a label, not a value.
    static func isOneWord(_ value: ServiceValue, in subject: LintSubject) -> Bool {
        Prose.words(subject.name(value.name)).count == 1
            && value.action.allStrings.allSatisfy { Prose.words($0).count <= 1 }
    }
}
