import Foundation

/// Turns names into the file-name-safe identifiers outputs use.
public enum Slug {
    /// Lower-case ASCII letters, digits and `-`: `Kundenservice Süd` becomes `kundenservice-sud`.
    /// Letters are stripped of accents; `ß`, `æ`, `ø` and kin are spelt out; everything else
    /// separates words. May be empty for a name with no Latin letters or digits.
    public static func make(_ name: String) -> String {
        var slug = ""
        var pendingDash = false
        let folded = name.utf8.allSatisfy { $0 < 0x80 } ? name : name.folding(options: .diacriticInsensitive, locale: nil)
        for scalar in folded.lowercased().unicodeScalars {
            let spelt = spelling[scalar] ?? String(scalar)
            for character in spelt.unicodeScalars {
                if ("a"..."z").contains(character) || ("0"..."9").contains(character) {
                    if pendingDash, !slug.isEmpty { slug.append("-") }
                    pendingDash = false
                    slug.unicodeScalars.append(character)
                } else {
                    pendingDash = true
                }
            }
        }
        return slug
    }

    private static let spelling: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i",
    ]
}
