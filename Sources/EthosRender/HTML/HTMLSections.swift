/// Groups a converted page's body into sections, one from each second-level heading to the
/// next, inside one element with a class: the stylesheet can then lay the sections out as
/// cards in a grid, or keep each on its printed page (the kit's sheets).
///
/// The body is HTML cmark-gfm wrote, where user text is escaped, so every `<h2 ` in it is a
/// heading Ethos's templates made.
enum HTMLSections {
    /// `body` as `<div class="CLASS">`, with each second-level heading and what follows it
    /// up to the next in a `<section>`. A body without such a heading is wrapped whole.
    static func wrap(_ body: String, class name: String) -> String {
        let html = Array(body.utf8)
        let marker = Array("<h2 ".utf8)
        var starts: [Int] = []
        var index = 0
        while index + marker.count <= html.count {
            if html[index] == marker[0], html[index..<index + marker.count].elementsEqual(marker) {
                starts.append(index)
                index += marker.count
            } else {
                index += 1
            }
        }
        guard let first = starts.first else { return "<div class=\"\(name)\">\n\(body)</div>\n" }
        var out = "<div class=\"\(name)\">\n" + String(decoding: html[..<first], as: UTF8.self)
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : html.count
            out += "<section>\n" + String(decoding: html[start..<end], as: UTF8.self) + "</section>\n"
        }
        return out + "</div>\n"
    }
}
