/// A BCP 47 language tag such as `en`, `de-AT` or `nb`.
///
/// BCP 47 tags are case-insensitive, so a well-formed tag is held in the usual case (language
/// lower case, script title case, region upper case): `NB`, `de-at` and `nb` name the same
/// locales as `nb`, `de-AT` and `nb`.
public struct LocaleID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The tag in the usual case; a tag that is not well-formed is kept as written.
    public let tag: String

    /// Creates a locale from a tag, in the usual case; use ``isWellFormed(_:)`` to check user
    /// input first.
    public init(_ tag: String) {
        self.tag = Self.isWellFormed(tag) ? Self.usualCase(of: tag) : tag
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(tag)
    }

    public var description: String { tag }

    /// The primary language subtag, lower-cased: `de` for `de-AT`.
    public var language: String {
        String(tag.split(separator: "-", maxSplits: 1).first ?? "").lowercased()
    }

    /// The region subtag, upper-cased: `US` for `en-US`, `AT` for `de-Latn-AT`, `419` for
    /// `es-419`; `nil` when the tag names none (`en`, `sr-Latn`).
    public var region: String? {
        for part in tag.split(separator: "-").dropFirst() {
            if part.count == 2, part.allSatisfy({ $0.isASCII && $0.isLetter }) { return part.uppercased() }
            if part.count == 3, part.allSatisfy({ $0.isASCII && $0.isNumber }) { return String(part) }
            // A script (four letters) may come before the region; anything else comes after it.
            guard part.count == 4, part.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        }
        return nil
    }

    public static func < (lhs: LocaleID, rhs: LocaleID) -> Bool { lhs.tag < rhs.tag }

    /// `tag` in the case BCP 47 recommends: the language in lower case, a four-letter script in
    /// title case, a two-letter region in upper case, everything else in lower case.
    public static func usualCase(of tag: String) -> String {
        tag.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { index, part in
            if index > 0, part.count == 4, part.allSatisfy(\.isLetter) { return part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            if index > 0, part.count == 2, part.allSatisfy(\.isLetter) { return part.uppercased() }
            return part.lowercased()
        }.joined(separator: "-")
    }

    /// The tag people likely meant when they wrote a country code or the macrolanguage `no` as a
    /// language: `no` → `nb` (Norwegian Bokmål, the written Norwegian Ethos ships), `dk` → `da`,
    /// `jp` → `ja`. `nil` for a tag that is not such a mistake.
    public var likelyIntended: LocaleID? {
        guard let intended = Self.mistakenLanguages[language] else { return nil }
        let rest = tag.split(separator: "-", maxSplits: 1).dropFirst().first.map { "-" + $0 } ?? ""
        return LocaleID(intended + rest)
    }

    /// Why ``likelyIntended`` differs from the tag, in a few words.
    public var mistakeReason: String? {
        guard likelyIntended != nil else { return nil }
        return language == "no"
            ? "'no' names Norwegian in general; Ethos ships written Norwegian, Bokmål, as 'nb'"
            : "'\(language)' is a country code, not a language"
    }

    /// Codes that are not languages of ISO 639-1 but are often written for one (country codes),
    /// and `no`, which names no written standard.
    private static let mistakenLanguages = [
        "no": "nb", "dk": "da", "cz": "cs", "gr": "el", "jp": "ja", "cn": "zh", "ua": "uk",
        "gb": "en", "us": "en", "vn": "vi", "rs": "sr",
    ]

    /// Whether `tag` has the shape of a BCP 47 tag: a 2-3 letter language, then optional
    /// script (4 letters), region (2 letters or 3 digits) and variants (5-8 alphanumerics, or a
    /// digit and 3 alphanumerics). At most 35 characters, the length RFC 5646 asks every
    /// implementation to support: tags name output files, which must stay short.
    public static func isWellFormed(_ tag: String) -> Bool {
        guard tag.utf8.count <= 35 else { return false }
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        var stage = 0  // 0: script allowed, 1: region allowed, 2: variants only
        for part in parts.dropFirst() {
            let letters = part.allSatisfy { $0.isASCII && $0.isLetter }
            let digits = part.allSatisfy { $0.isASCII && $0.isNumber }
            let alphanumeric = part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            if stage == 0, part.count == 4, letters {
                stage = 1
            } else if stage <= 1, (part.count == 2 && letters) || (part.count == 3 && digits) {
                stage = 2
            } else if alphanumeric, (5...8).contains(part.count) || (part.count == 4 && part.first!.isNumber) {
                stage = 2
            } else {
                return false
            }
        }
        return true
    }
}
