import EthosModel

/// Gives each heading a stable anchor: the slug of its text, with `-2`, `-3` ... when a slug
/// repeats, and `section-N` when the text has no Latin letters or digits. The same headings
/// always get the same anchors. A heading never takes an id the page itself uses
/// (``reserved``), so a section named "Content" gets `content-2`.
enum HeadingAnchors {
    /// The ids of the page around a document: `content`, where a site page's skip link leads.
    static let reserved: Set<String> = ["content"]

    static func assign(to headings: [(level: Int, text: String)]) -> [GFMConverter.Heading] {
        var used = reserved
        var nextSuffix: [String: Int] = [:]
        return headings.enumerated().map { index, heading in
            var base = Slug.make(heading.text)
            if base.isEmpty { base = "section-\(index + 1)" }
            var anchor = base
            while used.contains(anchor) {
                let suffix = nextSuffix[base, default: 2]
                nextSuffix[base] = suffix + 1
                anchor = "\(base)-\(suffix)"
            }
            used.insert(anchor)
            return GFMConverter.Heading(level: heading.level, text: heading.text, anchor: anchor)
        }
    }
}
