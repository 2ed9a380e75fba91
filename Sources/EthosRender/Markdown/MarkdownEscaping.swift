/// Makes user text safe to place in GFM: whatever it holds, it reads as the same characters
/// and never becomes markup (emphasis, links, headings, list items, table cells, raw HTML).
///
/// Every character that can open Markdown structure anywhere in a line is backslash-escaped;
/// the characters that only matter at the start of a line (`#`, `-`, `+`, `=`, `1.`) are
/// escaped there. Line breaks and runs of spaces become one space, so text placed in a table
/// cell or a list item stays in it. Because no delimiter survives, cmark-gfm sees only plain
/// text and its slow paths for nested brackets or emphasis runs cannot be reached.
public enum MarkdownEscaping {
    /// `text` as one line of literal Markdown text.
    public static func inline(_ text: String) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        var pendingSpace = false
        var atStart = true
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if isCollapsibleSpace(scalar) {
                pendingSpace = !atStart
                continue
            }
            if pendingSpace {
                output.unicodeScalars.append(" ")
                pendingSpace = false
            }
            if atStart {
                atStart = false
                if lineStartMarkers.contains(scalar) {
                    output.unicodeScalars.append("\\")
                } else if ("0"..."9").contains(scalar) {
                    output.unicodeScalars.append(scalar)
                    appendOrderedListGuard(after: &scalars, to: &output)
                    continue
                }
            }
            if alwaysEscaped.contains(scalar) {
                output.unicodeScalars.append("\\")
            }
            output.unicodeScalars.append(scalar)
        }
        return output
    }

    /// A digit run at the start followed by `.` or `)` would open an ordered list: `1\.`.
    private static func appendOrderedListGuard(after scalars: inout Substring.UnicodeScalarView.SubSequence,
                                               to output: inout String) {
        while let next = scalars.first, ("0"..."9").contains(next) {
            output.unicodeScalars.append(next)
            scalars.removeFirst()
        }
        if let next = scalars.first, next == "." || next == ")" {
            output.unicodeScalars.append("\\")
            output.unicodeScalars.append(next)
            scalars.removeFirst()
        }
    }

    /// Spaces and line breaks, but not the no-break space a formatted `90 %` holds.
    private static func isCollapsibleSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }

    /// Characters that open inline structure anywhere: escapes, code, emphasis, strikethrough,
    /// links and images, raw HTML and autolinks, entities, table cells.
    private static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "~", "[", "]", "<", ">", "&", "|"]

    /// Characters that open block structure at the start of a line: headings, list items,
    /// setext underlines, block quotes.
    private static let lineStartMarkers: Set<Unicode.Scalar> = ["#", "-", "+", "=", ">"]
}
