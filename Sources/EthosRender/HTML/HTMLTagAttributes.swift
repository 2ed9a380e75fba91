/// Adds what cmark-gfm's HTML lacks for navigation and accessibility: an `id` on each heading
/// and `scope="col"` on each table header cell; and makes task-list boxes, which cmark-gfm
/// disables, boxes a new hire can tick.
///
/// Working on the rendered string is safe because user text never holds a literal `<`: the
/// Markdown escaping and cmark-gfm's own output escaping turn it into `&lt;`, so every `<h2>`
/// or `<th` in the HTML is one cmark-gfm wrote. The pass runs over UTF-8 bytes.
enum HTMLTagAttributes {
    static func add(to html: String, headings: [GFMConverter.Heading]) -> String {
        var bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + headings.count * 24 + 64)
        var headingIndex = 0
        var index = 0
        bytes.append(0)  // a sentinel, so look-ahead never runs past the end
        let end = bytes.count - 1
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "<") else {
                output.append(byte)
                index += 1
                continue
            }
            if bytes[index + 1] == UInt8(ascii: "h"), index + 3 < end, (0x31...0x36).contains(bytes[index + 2]),
               bytes[index + 3] == UInt8(ascii: ">"), headingIndex < headings.count {
                output += Array("<h".utf8) + [bytes[index + 2]] + Array(" id=\"\(headings[headingIndex].anchor)\">".utf8)
                headingIndex += 1
                index += 4
            } else if matches(disabledBox, in: bytes, at: index) {
                output += tickableBox
                index += disabledBox.count
            } else if matches(tableHeader, in: bytes, at: index),
                      bytes[index + 3] == UInt8(ascii: ">") || bytes[index + 3] == UInt8(ascii: " ") {
                output += scopedTableHeader
                index += tableHeader.count
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func matches(_ pattern: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count < bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    private static let disabledBox = Array(#"<input type="checkbox" disabled="" />"#.utf8)
    private static let tickableBox = Array(#"<input type="checkbox">"#.utf8)
    private static let tableHeader = Array("<th".utf8)
    private static let scopedTableHeader = Array(#"<th scope="col""#.utf8)
}
