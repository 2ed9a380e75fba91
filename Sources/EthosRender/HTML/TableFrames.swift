import Foundation

/// Puts each table of a page inside a `div.table-scroll`, which scrolls a table wider than
/// the page sideways behind a shadow that shows there is more.
///
/// Tables do not nest in what cmark-gfm and the templates write, and text inside them is
/// escaped, so each `<table` is closed by the next `</table>`. Every page is asked and few
/// have a table, so the bytes are searched with C's `strstr`. It stops at a NUL, which
/// cmark-gfm replaces; were there one, the tables after it would only go unframed.
enum TableFrames {
    static let open = "<div class=\"table-scroll\">"
    static let close = "</div>"

    /// `html` with each table framed.
    static func wrap(_ html: String) -> String {
        let count = html.utf8.count
        return html.withCString { base in
            var output: [UInt8] = []
            var copied = 0
            while let start = strstr(base + copied, "<table"), let end = strstr(start, "</table>") {
                let startOffset = base.distance(to: start)
                let after = base.distance(to: end) + 8
                if output.isEmpty { output.reserveCapacity(count + 256) }
                output.append(contentsOf: UnsafeRawBufferPointer(start: base + copied, count: startOffset - copied))
                output.append(contentsOf: open.utf8)
                output.append(contentsOf: UnsafeRawBufferPointer(start: start, count: after - startOffset))
                output.append(contentsOf: close.utf8)
                copied = after
            }
            guard copied > 0 else { return html }
            output.append(contentsOf: UnsafeRawBufferPointer(start: base + copied, count: count - copied))
            return String(decoding: output, as: UTF8.self)
        }
    }
}
