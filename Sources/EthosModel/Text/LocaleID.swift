/// A BCP 47 language tag such as `en`, `de-AT` or `nb`, as written in the file.
public struct LocaleID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The tag exactly as written.
    public let tag: String

    /// Creates a locale from a tag; use ``isWellFormed(_:)`` to check user input first.
    public init(_ tag: String) {
        self.tag = tag
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(from decoder: Decoder) throws {
        tag = try decoder.singleValueContainer().decode(String.self)
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

    public static func < (lhs: LocaleID, rhs: LocaleID) -> Bool { lhs.tag < rhs.tag }

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
