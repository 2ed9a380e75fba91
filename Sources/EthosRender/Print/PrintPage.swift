import Foundation

/// Turns an HTML page Ethos wrote into the page a PDF is printed from: the print rules
/// (``PrintStyle``) added at the end of its head, and its relative links unlinked.
///
/// A relative link (`checklist.csv`) has nothing to point at inside a PDF: the printer would
/// resolve it against the temporary folder the page was printed from, an address that
/// differs from print to print. Its text stays; fragment links (`#values`) and absolute
/// addresses stay links. Working on the string is safe for the same reason as
/// ``HTMLTagAttributes``: user text never holds a literal `<`, so every `<a href="` and
/// `</head>` in a page Ethos wrote is markup Ethos wrote.
package enum PrintPage {
    /// `html` with `css` in a `<style>` element before `</head>` and relative links unlinked;
    /// `partLinks` maps a file name (`philosophy.html`) to the fragment that replaces it in a
    /// document of parts.
    package static func prepare(_ html: String, css: String, partLinks: [String: String] = [:]) -> String {
        let linked = relinked(html, partLinks: partLinks)
        let style = "<style>\n\(css)</style>\n"
        guard let head = linked.range(of: "</head>") else { return style + linked }
        return linked.replacingCharacters(in: head.lowerBound..<head.lowerBound, with: style)
    }

    /// The text of the page's `<title>`, with the escapes the page templates write decoded.
    package static func title(of html: String) -> String? {
        guard let open = html.range(of: "<title>"), let close = html.range(of: "</title>", range: open.upperBound..<html.endIndex)
        else { return nil }
        return unescaped(String(html[open.upperBound..<close.lowerBound]))
    }

    /// Decodes what ``HTMLEscaping`` writes, `&amp;` last so `&amp;lt;` stays `&lt;`.
    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// `html` with every relative `href` dropped, or replaced from `partLinks`.
    static func relinked(_ html: String, partLinks: [String: String]) -> String {
        let marker = " href=\""
        var output = ""
        var rest = html[...]
        while let anchor = rest.range(of: "<a" + marker) {
            let valueStart = anchor.upperBound
            guard let valueEnd = rest[valueStart...].firstIndex(of: "\"") else { break }
            let address = String(rest[valueStart..<valueEnd])
            output += rest[..<anchor.lowerBound]
            if isKept(address) {
                output += rest[anchor.lowerBound...valueEnd]
            } else if let fragment = partLinks[String(address.prefix { $0 != "#" && $0 != "?" })] {
                output += "<a href=\"#\(fragment)\""
            } else {
                output += "<a"
            }
            rest = rest[rest.index(after: valueEnd)...]
        }
        return output + rest
    }

    /// Whether `address` stays a link on paper: a fragment, or an address with a scheme.
    static func isKept(_ address: String) -> Bool {
        if address.hasPrefix("#") { return true }
        guard let colon = address.firstIndex(of: ":"), colon > address.startIndex else { return false }
        let scheme = address[..<colon]
        return scheme.first!.isASCII && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }
}
