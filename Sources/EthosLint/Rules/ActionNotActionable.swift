import EthosModel
import Foundation

/// `action-not-actionable`: an action statement that is a bare word, a slogan without a verb,
/// or longer than a sentence.
struct ActionNotActionable: LintCheck {
    let id: RuleID = "action-not-actionable"
    let severity = Severity.warning
    let summary = "an action statement that is a bare word, has no verb, or runs longer than a sentence"
    var explanation: String {
        """
        An action statement turns a value into something a person can do today. The articles \
        favour statements written with action verbs, like the steps Apple teaches its retail \
        staff, or as "I" statements, like Ritz-Carlton's service values, and warn against vague \
        slogans. This rule reads every translation of every action statement and reports one \
        that is a bare word; that runs longer than a sentence (three sentences or more, two \
        sentences of more than \(Self.sloganWords) words together, or more than \(Self.maximumWords) \
        words; a short two-part slogan such as "Say what you mean. Mean what you say." passes \
        when both parts name an action); or that has a sentence naming no action. Whether a \
        sentence names an action is a heuristic per language, applied after leading adverbs such \
        as always, immer, vedno or alltid. \
        English (en): \(ActionGrammar.english.heuristic) \
        German (de): \(ActionGrammar.german.heuristic) \
        Slovenian (sl): \(ActionGrammar.slovenian.heuristic) \
        Norwegian (nb): \(ActionGrammar.norwegian.heuristic) \
        A plain string, which serves every locale, passes when the heuristic of any listed \
        locale accepts it. Other languages get only the word and sentence counts. A statement \
        the heuristic misreads can be silenced with `lint-ignore` on its value.
        """
    }
    var fix: String { Self.fixes.english }

    /// The fix in the language of the statement it is about.
    static let fixes = LocalizedFix(
        english: "write one short sentence that starts with a verb or with \"I\": 'Answer every customer within a day.'",
        german: "schreiben Sie einen kurzen Satz, der mit einem Verb oder mit „Ich“ beginnt: "
            + "„Beantworte jede Anfrage innerhalb eines Tages.“",
        slovenian: "napišite en kratek stavek z glagolom, ki pove, kaj storiti: „Odgovori vsaki stranki v enem dnevu.“ "
            + "ali „Vsaki stranki odgovorimo v enem dnevu.“",
        norwegian: "skriv én kort setning som begynner med et verb eller med «jeg»: «Svar hver kunde innen én dag.»")

    /// Two sentences together may have at most this many words: a two-part slogan.
    static let sloganWords = 12
    /// An action statement of more words is too long to remember.
    static let maximumWords = 25

    func check(_ subject: LintSubject) -> [Diagnostic] {
        return subject.philosophy.values.enumerated().compactMap { index, value in
            guard !ValueCliche.isOneWord(value, in: subject) else { return nil }
            let name = subject.name(value.name)
            for string in subject.strings(of: value.action, at: FieldPath.value(index).action) {
                guard let problem = problem(with: string, grammars: subject.locales(of: string).compactMap(ActionGrammar.grammar))
                else { continue }
                return finding("the action statement of '\(name)'\(string.localeNote) \(problem)",
                               fix: Self.fixes.text(in: subject.locale(of: string)), at: string.path)
            }
            return nil
        }
    }

    /// What is wrong with one action statement, as the end of a message; `nil` when nothing is.
    /// A sentence names an action when one of `grammars` (the languages the string may be in)
    /// says so; without grammars only words and sentences are counted.
    private func problem(with string: LintSubject.LocalizedString, grammars: [ActionGrammar]) -> String? {
        let words = Prose.words(string.text).count
        guard words > 0 else { return nil }
        if words == 1 { return "is a bare word, not an action" }
        let sentences = Prose.sentences(string.text)
        if sentences.count > 2 || (sentences.count == 2 && words > Self.sloganWords) || words > Self.maximumWords {
            return "runs to \(sentences.count) sentence\(sentences.count == 1 ? "" : "s") and \(words) words; "
                + "keep it to one sentence people remember"
        }
        if !grammars.isEmpty, let sentence = sentences.first(where: { sentence in
            !grammars.contains { $0.namesAction(sentence) }
        }) {
            return "names no action: \"\(sentence.trimmingCharacters(in: .whitespaces))\" has no verb that says what to do"
        }
        return nil
    }
}
