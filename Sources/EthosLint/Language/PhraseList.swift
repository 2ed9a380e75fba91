/// Phrases found as whole words in a text, whatever the case and punctuation: "the Customer
/// is ALWAYS right!" contains "customer is always right", and "24/7" contains "24 7".
///
/// Texts are compared word by word through an index of each phrase's first word, so a search
/// costs one look-up per word of the text however many phrases there are.
struct PhraseList: Sendable {
    /// The phrases as listed, split into words, by their first word.
    private let byFirstWord: [String: [(phrase: String, words: [String])]]

    /// A list of `phrases`, each written as lower-case words separated by single spaces.
    init(_ phrases: [String]) {
        var index: [String: [(phrase: String, words: [String])]] = [:]
        for phrase in phrases {
            let words = Self.words(phrase)
            guard let first = words.first else { continue }
            index[first, default: []].append((phrase, words))
        }
        byFirstWord = index
    }

    /// The first phrase that occurs in `text`, by position in the text; `nil` when none does.
    func first(in text: String) -> String? {
        let words = Self.words(text)
        for start in words.indices {
            for candidate in byFirstWord[words[start]] ?? [] where words[start...].starts(with: candidate.words) {
                return candidate.phrase
            }
        }
        return nil
    }

    /// The lower-cased runs of letters and digits in `text`.
    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
