extension LabelKey {
    /// The names in braces the label's wording holds (`n` for `Day {n}`), sorted: Ethos fills
    /// them in, so supplied words for the label must hold the same ones.
    package var placeholders: [String] {
        Self.placeholders(in: english)
    }

    /// The names in braces in `text`, sorted and each once: `["page", "pages"]` for
    /// `Page {page} of {pages}`.
    package static func placeholders(in text: String) -> [String] {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names.sorted()
    }
}
