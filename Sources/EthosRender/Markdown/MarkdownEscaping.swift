import EthosModel

/// Makes user text safe to place in GFM: whatever it holds, it reads as the same characters
/// and never becomes markup (emphasis, links, headings, list items, table cells, raw HTML).
///
/// Every character that can open Markdown structure anywhere in a line is backslash-escaped;
/// the characters that only matter at the start of a line (`#`, `-`, `+`, `=`, `1.`) are
/// escaped there. Line breaks and runs of spaces become one space, so text placed in a table
/// cell or a list item stays in it. Because no delimiter survives, cmark-gfm sees only plain
/// text and its slow paths for nested brackets or emphasis runs cannot be reached.
///
/// Web addresses (`https://…`, `http://…`, `www.…`) become links that Ethos writes itself,
/// `[text](<address>)`, so they read exactly as written and can only ever be web links.
package enum MarkdownEscaping {
    /// `text` as one line of literal Markdown text.
    ///
    /// A text marked as another language's (``LanguageMarks``) is escaped as the text inside
    /// the marks, which stay around it; marks anywhere else are dropped.
    package static func inline(_ text: String) -> String {
        if LanguageMarks.contains(text) {
            guard let run = LanguageMarks.run(text) else { return inline(LanguageMarks.strip(text)) }
            return LanguageMarks.mark(inline(run.inner), as: LocaleID(run.tag))
        }
        if isLiteral(text) { return text }
        let collapsed = collapsingSpaces(text)
        var output = ""
        output.reserveCapacity(collapsed.utf8.count + 8)
        var rest = collapsed[...]
        while let address = WebAddress.firstRange(in: rest) {
            escape(rest[..<address.lowerBound], atLineStart: output.isEmpty, into: &output)
            link(rest[address], into: &output)
            rest = rest[address.upperBound...]
        }
        escape(rest, atLineStart: output.isEmpty, into: &output)
        return output
    }

    /// Whether `text` is already literal Markdown, as most prose is: one line, single spaces,
    /// no structure character, no web address. Checked on the UTF-8 bytes, so the common case
    /// costs one pass and no copy.
    private static func isLiteral(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return true }
        if first == 0x20 || last == 0x20 || lineStartBytes[Int(first)] || (0x30...0x39).contains(first) {
            return false
        }
        var (previous, beforePrevious): (UInt8, UInt8) = (0, 0)
        var wRun = 0
        for byte in bytes {
            if specialBytes[Int(byte)] { return false }
            switch byte {
            case 0x20 where previous == 0x20: return false
            case 0x2F where previous == 0x2F && beforePrevious == 0x3A: return false  // `://`
            case 0x2E where wRun >= 3: return false  // `www.`
            case 0x85 where previous == 0xC2: return false  // U+0085, a line break
            case 0xA8 where previous == 0x80 && beforePrevious == 0xE2,
                 0xA9 where previous == 0x80 && beforePrevious == 0xE2: return false  // U+2028, U+2029
            default: break
            }
            wRun = byte | 0x20 == 0x77 ? wRun + 1 : 0
            (beforePrevious, previous) = (previous, byte)
        }
        return true
    }

    /// Bytes that always need the full path: structure characters and control whitespace.
    private static let specialBytes = byteTable("\\`*_~[]<>|&\t\n\r\u{0B}\u{0C}")
    private static let lineStartBytes = byteTable("#-+=")

    /// A table of 256 flags, set for the bytes of `characters`.
    private static func byteTable(_ characters: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in characters.utf8 { table[Int(byte)] = true }
        return table
    }

    /// `text` with leading and trailing spaces dropped and every run of spaces and line breaks
    /// made one space; the no-break space a formatted `90 %` holds is kept.
    private static func collapsingSpaces(_ text: String) -> String {
        var output = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isCollapsibleSpace(scalar) {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.unicodeScalars.append(" ")
                pendingSpace = false
            }
            output.unicodeScalars.append(scalar)
        }
        return output
    }

    private static func escape(_ text: Substring, atLineStart: Bool, into output: inout String) {
        var scalars = text.unicodeScalars[...]
        if atLineStart, let first = scalars.first {
            if lineStartMarkers.contains(first) {
                output.unicodeScalars.append("\\")
            } else if ("0"..."9").contains(first) {
                appendOrderedListGuard(from: &scalars, to: &output)
            }
        }
        while let scalar = scalars.popFirst() {
            if alwaysEscaped.contains(scalar) || (scalar == "&" && opensEntity(scalars.first)) {
                output.unicodeScalars.append("\\")
            }
            output.unicodeScalars.append(scalar)
        }
    }

    /// A web address as a link whose text is the address, escaped, and whose destination can
    /// hold nothing Markdown would read: `[https\://x.com/a\_b](<https://x.com/a_b>)`.
    private static func link(_ address: Substring, into output: inout String) {
        output += "["
        for scalar in address.unicodeScalars {
            if alwaysEscaped.contains(scalar) || scalar == ":" || scalar == "&" {
                output.unicodeScalars.append("\\")
            }
            output.unicodeScalars.append(scalar)
        }
        output += "](<"
        if address.lowercased().hasPrefix("www.") { output += "http://" }
        for scalar in address.unicodeScalars {
            switch scalar {
            case "\\": output += "%5C"
            case ">": output += "%3E"
            case "|": output += "%7C"
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += ">)"
    }

    /// A digit run at the start followed by `.` or `)` would open an ordered list: `1\.`.
    private static func appendOrderedListGuard(from scalars: inout Substring.UnicodeScalarView.SubSequence,
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

    /// Whether `&` followed by `next` could start an entity such as `&lt;` or `&#60;`.
    private static func opensEntity(_ next: Unicode.Scalar?) -> Bool {
        guard let next else { return false }
        return next == "#" || (next.isASCII && next.properties.isAlphabetic) || ("0"..."9").contains(next)
    }

    /// Spaces and line breaks, but not the no-break space a formatted `90 %` holds.
    private static func isCollapsibleSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }

    /// Characters that open inline structure anywhere: escapes, code, emphasis, strikethrough,
    /// links and images, raw HTML and autolinks, block quotes, table cells. (`&` only before
    /// an entity name.)
    private static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "~", "[", "]", "<", ">", "|"]

    /// Characters that open block structure at the start of a line: headings, list items,
    /// setext underlines.
    private static let lineStartMarkers: Set<Unicode.Scalar> = ["#", "-", "+", "="]
}
