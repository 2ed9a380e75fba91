/// Words and sentences for the rules that read what a philosophy says.
///
/// The rules need only rough measures (how many words, how many sentences), so these work on
/// any script without a dictionary.
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

    private static let sentenceEnds: Set<Character> = [".", "!", "?", "…"]

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
