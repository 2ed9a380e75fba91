import EthosModel

/// Gives each heading a stable anchor: the slug of its text, with `-2`, `-3` ... when a slug
/// repeats, and `section-N` when the text has no Latin letters or digits. The same headings
/// always get the same anchors.
enum HeadingAnchors {
    static func assign(to headings: [(level: Int, text: String)]) -> [GFMConverter.Heading] {
        var used = Set<String>()
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
