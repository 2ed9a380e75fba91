/// Words, sentences and phrase matching for the rules that read what a philosophy says.
///
/// The rules need only rough measures (how many words, how many sentences, whether a known
/// phrase occurs), so these work on any script without a dictionary.
enum Prose {
    /// The words of `text` as written: whitespace-separated tokens with the punctuation around
    /// them trimmed, so `24/7`, `self-service` and `don't` stay whole and `—` is no word.
    static func words(_ text: some StringProtocol) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace).compactMap { token in
            let trimmed = token.drop { !isWordCharacter($0) }
            guard let last = trimmed.lastIndex(where: isWordCharacter) else { return nil }
            return Substring(trimmed[...last])
        }
    }

    /// The sentences of `text`: a sentence ends at `.`, `!`, `?` or `…` followed by a space and
    /// an upper-case letter or a digit, or at the end of the text. `e.g. the` is one sentence.
    static func sentences(_ text: String) -> [Substring] {
        var sentences: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if sentenceEnds.contains(text[index]), next < text.endIndex, text[next].isWhitespace,
               let following = text[next...].first(where: { !$0.isWhitespace }),
               following.isUppercase || following.isNumber {
                sentences.append(text[start..<next])
                start = next
            }
            index = next
        }
        sentences.append(text[start...])
        return sentences.filter { !words($0).isEmpty }
    }

    /// `text` lower-cased with every run of punctuation and space turned into one space, and a
    /// space at each end, so a phrase matches whole words only: `" the customer is king "`.
    static func normalized(_ text: String) -> String {
        var result = " "
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                result.append(character)
            } else if result.last != " " {
                result.append(" ")
            }
        }
        if result.last != " " { result.append(" ") }
        return result
    }

    /// The first of `phrases` (each already normalized, without the outer spaces) that occurs as
    /// whole words in the normalized `text`.
    static func firstPhrase(in normalizedText: String, among phrases: [String]) -> String? {
        phrases.first { normalizedText.contains(" \($0) ") }
    }

    private static let sentenceEnds: Set<Character> = [".", "!", "?", "…"]

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
