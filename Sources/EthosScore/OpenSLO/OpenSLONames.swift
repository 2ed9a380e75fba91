import EthosModel

/// Hands out `metadata.name`s: DNS labels as RFC 1123 defines them (lower-case `a`–`z`,
/// digits and `-`, at most 63 characters, starting and ending with a letter or digit), each
/// given once.
struct OpenSLONames {
    /// The longest DNS label.
    static let maximumLength = 63

    private var given: Set<String> = []

    /// A label made from `text` (its slug, cut to fit), or from `fallback` when `text` has
    /// no Latin letter or digit; `-2`, `-3` … is added to a label already given.
    mutating func name(for text: String, fallback: String) -> String {
        let slug = Self.label(Slug.make(text))
        let base = slug.isEmpty ? fallback : slug
        var candidate = base
        var number = 2
        while given.contains(candidate) {
            let suffix = "-\(number)"
            candidate = Self.label(String(base.prefix(Self.maximumLength - suffix.count))) + suffix
            number += 1
        }
        given.insert(candidate)
        return candidate
    }

    /// `slug` (already lower-case letters, digits and single dashes) cut to the label length,
    /// without dashes at either end.
    private static func label(_ slug: String) -> String {
        var label = Substring(slug.prefix(maximumLength))
        while label.first == "-" { label.removeFirst() }
        while label.last == "-" { label.removeLast() }
        return String(label)
    }
}
