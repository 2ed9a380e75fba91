import EthosModel

/// How one language shows that a sentence says what someone does, for `action-not-actionable`.
///
/// A heuristic, not a parser: a sentence names an action when, after leading adverbs such as
/// "always", it starts with a known imperative verb, or with a first-person subject ("I", "we")
/// followed by a word that is not a form of "to be", or when the language's own pattern
/// (``pattern``) finds a verb form. The rule's explanation quotes each ``heuristic``.
struct ActionGrammar: Sendable {
    /// The heuristic in words, for the rule's explanation.
    let heuristic: String
    /// Words skipped before the verb: `always`, `never`.
    let adverbs: Set<String>
    /// First-person subjects that make an "I" statement: `I`, `we`.
    let subjects: Set<String>
    /// Forms of "to be", which describe rather than act: `am`, `are`, `is`.
    let copulas: Set<String>
    /// Imperatives (and other verb forms) that may start an action statement.
    let verbs: Set<String>
    /// The language's own test on the words as written (original case) and their lower-cased
    /// forms, given the index of the first word after the adverbs.
    let pattern: @Sendable (_ words: [Substring], _ lowercased: [String], _ start: Int) -> Bool

    /// Whether `sentence` names an action.
    func namesAction(_ sentence: some StringProtocol) -> Bool {
        let words = Prose.words(sentence)
        let lowercased = words.map { $0.lowercased().replacingOccurrences(of: "’", with: "'") }
        let start = skippingAdverbs(lowercased, from: 0)
        guard start < lowercased.count else { return false }
        if verbs.contains(lowercased[start]) { return true }
        if subjects.contains(lowercased[start]) {
            let next = skippingAdverbs(lowercased, from: start + 1)
            if next < lowercased.count, !copulas.contains(lowercased[next]) { return true }
        }
        return pattern(words, lowercased, start)
    }

    private func skippingAdverbs(_ words: [String], from index: Int) -> Int {
        var index = index
        while index < words.count, adverbs.contains(words[index]) { index += 1 }
        return index
    }

    /// The grammar for `locale`'s language, or `nil` for a language Ethos has none for.
    static func grammar(for locale: LocaleID) -> ActionGrammar? {
        switch ShippedLanguage(locale) {
        case .english: .english
        case .german: .german
        case .slovenian: .slovenian
        case .norwegian: .norwegian
        case nil: nil
        }
    }
}

extension String {
    /// Whether the word ends with one of `endings` and is at least `minimumLength` characters
    /// long, so short words that merely end alike do not count.
    func ends(withAnyOf endings: [String], minimumLength: Int) -> Bool {
        count >= minimumLength && endings.contains { hasSuffix($0) }
    }
}
