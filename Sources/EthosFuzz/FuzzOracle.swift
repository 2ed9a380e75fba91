import EthosModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What must hold for every input, checked on each output so that the fuzzer reports a
/// breach as a crash. The templates hold no script, so a script element, an event attribute
/// or a script URL in a page can only have come from user text; a slug must be a safe file
/// name.
enum FuzzOracle {
    static func checkHTML(_ html: String) {
        for tag in tags(in: html.lowercased()) {
            if tag.hasPrefix("script") { fail("a script element", html) }
            if hasScriptURL(tag) { fail("a script URL in <\(tag)>", html) }
            if hasEventAttribute(tag) { fail("an event attribute in <\(tag)>", html) }
        }
        checkNoLanguageMarks(html)
    }

    /// The marks that carry a text's language through the Markdown (U+E000 to U+E002) are
    /// spans or gone in every output; one left over would be a stray character on the page.
    static func checkNoLanguageMarks(_ output: String) {
        if output.unicodeScalars.contains(where: { (0xE000...0xE002).contains($0.value) }) {
            fail("a language mark left in the output", output)
        }
    }

    /// `philosophy.json` writes `<`, `>` and `&` as `\u` escapes, so that no user text in it
    /// reads as markup where a browser sniffs the file.
    static func checkJSON(_ json: Data) {
        if json.contains(where: { $0 == 0x3C || $0 == 0x3E }) {
            fail("a raw < or > in philosophy.json", String(decoding: json, as: UTF8.self))
        }
    }

    /// A page joined from a template shell is byte for byte its full render.
    static func checkSame(_ shelled: [Data], _ full: [Data], _ path: String) {
        if shelled != full {
            fail("\(path) through a shell differs from its full render",
                 shelled.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n---\n"))
        }
    }

    static func checkSlug(_ slug: String) {
        let allowed = slug.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
        // A Windows device name keeps its trailing `-`, one character over the cut.
        if slug.isEmpty || slug.utf8.count > Slug.maximumLength + 1 || !allowed { fail("an unsafe slug", slug) }
    }

    /// The text between each `<` and the next `>`.
    private static func tags(in html: String) -> [Substring] {
        html.split(separator: "<", omittingEmptySubsequences: true).dropFirst(html.hasPrefix("<") ? 0 : 1)
            .map { $0.prefix { $0 != ">" } }
    }

    /// Whether a URL attribute's value starts with a script scheme (`javascript:`,
    /// `vbscript:`, `data:`) or with an entity that could spell one. The word elsewhere in a
    /// URL, as in `http://a/javascript:`, runs nothing.
    private static func hasScriptURL(_ tag: Substring) -> Bool {
        ["href=\"", "src=\"", "action=\""].contains { attribute in
            tag.ranges(of: attribute).contains { range in
                let value = tag[range.upperBound...].prefix { $0 != "\"" }
                    .drop { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.value < 0x20 } }
                return value.hasPrefix("&") || ["javascript:", "vbscript:", "data:"].contains { value.hasPrefix($0) }
            }
        }
    }

    /// Whether an attribute named `on…` follows a space in `tag`: `img src=x onerror=…`. Quoted
    /// values are left out first: `a href="ftp://onerror=x"` is a link to an odd address. A
    /// quote opens a value only right after `=`, as in a browser: in `img src=x' onerror=…`
    /// the quote is part of an unquoted value and `onerror` is an attribute.
    private static func hasEventAttribute(_ tag: Substring) -> Bool {
        var outsideQuotes = ""
        var quote: Character?
        for character in tag {
            if let open = quote {
                if character == open {
                    quote = nil
                    outsideQuotes.append("v")  // the value, so that a quote right after it opens nothing
                }
            } else if (character == "\"" || character == "'"),
                      outsideQuotes.last(where: { !$0.isWhitespace }) == "=" {
                quote = character
            } else {
                outsideQuotes.append(character)
            }
        }
        let words = outsideQuotes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "/" }).dropFirst()
        return words.contains { word in
            word.hasPrefix("on") && word.dropFirst(2).prefix { $0 != "=" }.allSatisfy(\.isLetter)
                && word.dropFirst(2).contains("=") && word.dropFirst(2).first != "="
        }
    }

    private static func fail(_ what: String, _ output: String) -> Never {
        var report = "ethos fuzz oracle: \(what)\n\(output.prefix(4_000))\n"
        report.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        abort()
    }
}
