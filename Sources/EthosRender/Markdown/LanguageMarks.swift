import EthosModel
import Foundation

/// Marks text that a page shows in another language than its own (a translation the file
/// lacks, shown in the default locale), so the HTML can say so with `lang`: screen readers
/// then read it with the right voice and browsers hyphenate it by the right rules.
///
/// A marked text is `U+E000 tag U+E001 text U+E002`, with three characters of Unicode's
/// private use area. The marks travel through the Markdown the templates write; the HTML
/// page turns each marked run into `<span lang="tag">` around its text (never across an
/// element), and every other output drops them.
enum LanguageMarks {
    static let open: Unicode.Scalar = "\u{E000}"
    static let separator: Unicode.Scalar = "\u{E001}"
    static let close: Unicode.Scalar = "\u{E002}"

    /// `text` marked as written in `locale`.
    static func mark(_ text: String, as locale: LocaleID) -> String {
        "\(Character(open))\(locale.tag)\(Character(separator))\(text)\(Character(close))"
    }

    /// Whether `text` holds a mark (`EE 80 80` to `EE 80 82` in UTF-8). Every value a template
    /// inserts is asked, so the bytes are searched with `memchr` for the rare lead byte `EE`.
    static func contains(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var offset = 0
            while offset + 2 < bytes.count, let found = memchr(base + offset, 0xEE, bytes.count - offset - 2) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if bytes[index + 1] == 0x80, (0x80...0x82).contains(bytes[index + 2]) { return true }
                offset = index + 1
            }
            return false
        }
    }

    /// When the whole of `text` is one marked run: its tag and the text inside.
    static func run(_ text: String) -> (tag: String, inner: String)? {
        let scalars = text.unicodeScalars
        guard scalars.first == open, scalars.last == close,
              let separatorIndex = scalars.firstIndex(of: separator) else { return nil }
        let inner = scalars[scalars.index(after: separatorIndex)..<scalars.index(before: scalars.endIndex)]
        guard !inner.contains(where: { $0 == open || $0 == separator || $0 == close }) else { return nil }
        return (String(scalars[scalars.index(after: scalars.startIndex)..<separatorIndex]), String(inner))
    }

    /// `text` without marks and the tags they hold: what every output but HTML shows.
    static func strip(_ text: String) -> String {
        guard contains(text) else { return text }
        var output = String.UnicodeScalarView()
        forEachPiece(of: text) { piece in
            if case .text(let scalar) = piece { output.append(scalar) }
        }
        return String(output)
    }

    /// `html` with each marked run's text inside `<span lang="tag">`. A span never crosses a
    /// tag: it closes before each tag and opens again at the next text that is not white
    /// space, so it stays valid in tables, lists and links. A tag that is not a well-formed
    /// locale tag gives no span, so a mark typed into a philosophy can add no markup.
    static func spans(inHTML html: String) -> String {
        guard contains(html) else { return html }
        var output = String.UnicodeScalarView()
        var language: String?
        var spanOpen = false
        var inElement = false
        func closeSpan() {
            if spanOpen { output.append(contentsOf: "</span>".unicodeScalars) }
            spanOpen = false
        }
        forEachPiece(of: html) { piece in
            switch piece {
            case .open(let tag):
                closeSpan()
                language = LocaleID.isWellFormed(tag) ? LocaleID(tag).tag : nil
            case .close:
                closeSpan()
                language = nil
            case .text(let scalar):
                if scalar == "<", !inElement {
                    closeSpan()
                    inElement = true
                } else if scalar == ">", inElement {
                    inElement = false
                } else if let language, !inElement, !spanOpen, !scalar.properties.isWhitespace {
                    output.append(contentsOf: "<span lang=\"\(language)\">".unicodeScalars)
                    spanOpen = true
                }
                output.append(scalar)
            }
        }
        closeSpan()
        return String(output)
    }

    /// What a marked text is made of, read one piece at a time.
    private enum Piece {
        case text(Unicode.Scalar)
        case open(tag: String)
        case close
    }

    /// Calls `body` with each piece of `text`. An open mark counts only with a tag of at most
    /// 35 letters, digits and `-` and its separator after it; a lone mark is dropped, and what
    /// follows it is text, so no character typed into a file is lost.
    private static func forEachPiece(of text: String, _ body: (Piece) -> Void) {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case open:
                var end = index
                while end < scalars.count, end - index <= 35, scalars[end].isASCII,
                      scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end]) || scalars[end] == "-" {
                    end += 1
                }
                if end < scalars.count, scalars[end] == separator {
                    body(.open(tag: String(String.UnicodeScalarView(scalars[index..<end]))))
                    index = end + 1
                }
            case close: body(.close)
            case separator: continue
            default: body(.text(scalar))
            }
        }
    }
}
