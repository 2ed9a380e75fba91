/// Adds what cmark-gfm's HTML lacks for navigation and accessibility: an `id` on each heading
/// and `scope="col"` on each table header cell; and makes task-list boxes, which cmark-gfm
/// disables, boxes a new hire can tick.
///
/// Working on the rendered string is safe because user text never holds a literal `<`: the
/// Markdown escaping and cmark-gfm's own output escaping turn it into `&lt;`, so every `<h2>`
/// or `<th` in the HTML is one cmark-gfm wrote.
enum HTMLTagAttributes {
    static func add(to html: String, headings: [GFMConverter.Heading]) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count + headings.count * 24)
        var headingIndex = 0
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            output += rest[..<open]
            rest = rest[open...]
            if let heading = headingTag(at: rest), headingIndex < headings.count {
                output += "<h\(heading) id=\"\(headings[headingIndex].anchor)\">"
                headingIndex += 1
                rest = rest.dropFirst(4)
            } else if rest.hasPrefix(disabledBox) {
                output += "<input type=\"checkbox\">"
                rest = rest.dropFirst(disabledBox.count)
            } else if rest.hasPrefix("<th>") || rest.hasPrefix("<th ") {
                output += "<th scope=\"col\""
                rest = rest.dropFirst(3)
            } else {
                output += "<"
                rest = rest.dropFirst()
            }
        }
        output += rest
        return output
    }

    private static let disabledBox = #"<input type="checkbox" disabled="" />"#

    /// The level of an opening heading tag `<h1>` ... `<h6>` at the start of `text`.
    private static func headingTag(at text: Substring) -> Character? {
        let prefix = text.prefix(4)
        guard prefix.count == 4, prefix.hasPrefix("<h"), prefix.last == ">" else { return nil }
        let level = prefix[prefix.index(prefix.startIndex, offsetBy: 2)]
        return ("1"..."6").contains(level) ? level : nil
    }
}
