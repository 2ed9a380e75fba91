import Yams

/// Numbers written with a decimal comma (`95,5%`, `1,5h`), as German, Slovenian and Norwegian
/// write them. YAML keeps such a value as text, and inside `{ }` it splits it at the comma into
/// a number and a new key (`{ at-least: 95, 5%: ~ }`); both are reported once, as one value,
/// with the decimal point that fixes it.
enum DecimalComma {
    /// `text` with its decimal comma as a point (`95,5%` → `95.5%`), when `text` has exactly
    /// one comma and it stands between two digits; `nil` otherwise.
    static func corrected(_ text: String) -> String? {
        let characters = Array(text)
        let commas = characters.indices.filter { characters[$0] == "," }
        guard commas.count == 1, let comma = commas.first, comma > 0, comma + 1 < characters.count,
              characters[comma - 1].isASCII, characters[comma - 1].isNumber,
              characters[comma + 1].isASCII, characters[comma + 1].isNumber else { return nil }
        var fixed = characters
        fixed[comma] = "."
        return String(fixed)
    }

    /// A value split by a flow mapping's comma: the entry whose value is a whole number, and
    /// the text it was meant to be (`95,5%`), when the next key on the same line holds the
    /// rest of the digits and has no value. (The position tells a flow mapping: Yams does not
    /// keep its style.)
    static func split(in mapping: Node.Mapping) -> (value: Node, written: String)? {
        let pairs = Array(mapping)
        for (previous, next) in zip(pairs, pairs.dropFirst()) {
            guard let number = previous.value.scalar, number.style == .plain,
                  !number.string.isEmpty, number.string.allSatisfy(\.isNumber),
                  let fragment = next.key.scalar, fragment.style == .plain,
                  fragment.string.first?.isNumber == true, fragment.string.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "%" }),
                  next.value.scalar.map({ $0.string.isEmpty }) ?? false,
                  let numberMark = previous.value.mark, let fragmentMark = next.key.mark,
                  numberMark.line == fragmentMark.line,
                  fragmentMark.column == numberMark.column + number.string.count + 1 else { continue }
            return (previous.value, number.string + "," + fragment.string)
        }
        return nil
    }
}
