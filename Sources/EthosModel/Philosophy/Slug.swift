import Foundation

/// Turns names into the file-name-safe identifiers outputs use.
package enum Slug {
    /// The longest slug: with a locale and an extension, a file name stays far below the
    /// 255-byte limit of common file systems.
    package static let maximumLength = 80

    /// Lower-case ASCII letters, digits and `-`: `Kundenservice Süd` becomes `kundenservice-sud`.
    /// Letters are stripped of accents; `ß`, `æ`, `ø` and kin are spelt out; everything else
    /// separates words. May be empty for a name with no Latin letters or digits.
    ///
    /// A slug is cut to ``maximumLength`` characters, without a trailing `-`. A name that
    /// Windows reserves for a device (`con`, `nul`, `aux`, `prn`, `com1`, `lpt1` …) gets a
    /// trailing `-` (`con-`), which no other name's slug ends with, so it cannot collide.
    package static func make(_ name: String) -> String {
        var slug = ""
        var pendingDash = false
        let folded = name.utf8.allSatisfy { $0 < 0x80 } ? name : name.folding(options: .diacriticInsensitive, locale: nil)
        scan: for scalar in folded.lowercased().unicodeScalars {
            let spelt = spelling[scalar] ?? String(scalar)
            for character in spelt.unicodeScalars {
                if ("a"..."z").contains(character) || ("0"..."9").contains(character) {
                    if pendingDash, !slug.isEmpty { slug.append("-") }
                    pendingDash = false
                    guard slug.utf8.count < maximumLength else { break scan }
                    slug.unicodeScalars.append(character)
                } else {
                    pendingDash = true
                }
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return isReservedOnWindows(slug) ? slug + "-" : slug
    }

    /// Device names Windows refuses as file names, with any extension (`con.html`).
    private static func isReservedOnWindows(_ slug: String) -> Bool {
        if ["con", "prn", "aux", "nul"].contains(slug) { return true }
        guard slug.utf8.count == 4, let digit = slug.last, digit.isASCII, digit.isNumber else { return false }
        return slug.hasPrefix("com") || slug.hasPrefix("lpt")
    }

    private static let spelling: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i",
    ]
}
