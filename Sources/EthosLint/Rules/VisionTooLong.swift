import EthosModel

/// `vision-too-long`: a vision of more than one sentence or about 25 words.
struct VisionTooLong: LintCheck {
    let id: RuleID = "vision-too-long"
    let severity = Severity.warning
    let summary = "a vision of more than one sentence or about 25 words"
    var explanation: String {
        """
        The support vision has to be easy to understand and to act on in the middle of a \
        difficult call, so the articles keep it between a few words and one sentence: "We create \
        happiness", "Amazing Service", "We are Ladies and Gentlemen serving Ladies and Gentlemen". \
        This rule reports a vision, in any locale, of more than one sentence or more than \
        \(Self.maximumWords) words.
        """
    }
    var fix: String { Self.fixes.english }

    /// The fix in the language of the vision it is about.
    static let fixes = LocalizedFix(
        english: "say the kind of service you give in one short sentence; move the rest to 'purpose' or a value",
        german: "sagen Sie in einem kurzen Satz, welchen Service Sie bieten; verschieben Sie den Rest nach 'purpose' "
            + "oder in einen Wert",
        slovenian: "v enem kratkem stavku povejte, kakšno storitev ponujate; ostalo premaknite v 'purpose' "
            + "ali v eno od vrednot",
        norwegian: "si i én kort setning hva slags service dere gir; flytt resten til 'purpose' eller til en verdi")

    /// A vision of more words is too long to remember.
    static let maximumWords = 25

    func check(_ subject: LintSubject) -> [Diagnostic] {
        for string in subject.strings(of: subject.philosophy.vision, at: FieldPath.philosophy.vision) {
            let words = Prose.words(string.text).count
            let sentences = Prose.sentences(string.text).count
            guard sentences > 1 || words > Self.maximumWords else { continue }
            return [finding("the vision\(string.localeNote) runs to \(sentences) sentence\(sentences == 1 ? "" : "s") and \(words) words; "
                            + "keep it to one short sentence",
                            fix: Self.fixes.text(in: subject.locale(of: string)), at: string.path)]
        }
        return []
    }
}
