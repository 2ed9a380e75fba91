/// Finds web addresses in text the way GitHub's autolinks do: `https://`, `http://`, `ftp://`
/// or `www.` and a host, after anything but a letter, running to the next space, `<`, `>` or
/// the mark that ends a text in another language (``LanguageMarks``),
/// without trailing punctuation or an unbalanced closing parenthesis.
///
/// It finds at least every address cmark-gfm's autolink extension would, so none reaches the
/// extension with escapes inside it.
enum WebAddress {
    private static let prefixes = ["https://", "http://", "ftp://", "www."]

    /// The first address in `text`, if any.
    static func firstRange(in text: Substring) -> Range<Substring.Index>? {
        var previous: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if "hHwWfF".contains(character),
               previous.map(startsWord) ?? true, let range = address(at: index, in: text) {
                return range
            }
            previous = character
            index = text.index(after: index)
        }
        return nil
    }

    private static func startsWord(after character: Character) -> Bool {
        !(character.isASCII && character.isLetter)
    }

    private static func address(at start: Substring.Index, in text: Substring) -> Range<Substring.Index>? {
        let head = text[start...].prefix(8).lowercased()
        guard let prefix = prefixes.first(where: { head.hasPrefix($0) }) else { return nil }
        let hostStart = text.index(start, offsetBy: prefix.count)
        guard hostStart < text.endIndex, text[hostStart].isLetter || text[hostStart].isNumber else { return nil }
        var end = text[hostStart...].firstIndex { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\u{00A0}" || $0 == "\u{E002}" }
            ?? text.endIndex
        // Parentheses are counted once and the count kept as the end moves back, so an
        // address followed by a long run of `)` costs one pass, not one pass per `)`.
        var (opening, closing) = (0, 0)
        for character in text[start..<end] {
            if character == "(" { opening += 1 } else if character == ")" { closing += 1 }
        }
        while end > hostStart {
            let last = text[text.index(before: end)]
            let unbalanced = last == ")" && closing > opening
            guard "?!.,:*_~'\"".contains(last) || unbalanced else { break }
            if last == ")" { closing -= 1 }
            end = text.index(before: end)
        }
        let host = text[hostStart..<end].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard host.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        return start..<end
    }
}
