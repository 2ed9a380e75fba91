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
    let fix = "say the kind of service you give in one short sentence; move the rest to 'purpose' or a value"

    /// A vision of more words is too long to remember.
    static let maximumWords = 25

    func check(_ subject: LintSubject) -> [Diagnostic] {
        for string in subject.strings(of: subject.philosophy.vision, at: FieldPath.root.key("vision")) {
            let words = Prose.words(string.text).count
            let sentences = Prose.sentences(string.text).count
            guard sentences > 1 || words > Self.maximumWords else { continue }
            return [finding("the vision\(string.localeNote) runs to \(sentences) sentence\(sentences == 1 ? "" : "s") and \(words) words; "
                            + "keep it to one short sentence", at: string.path)]
        }
        return []
    }
}
