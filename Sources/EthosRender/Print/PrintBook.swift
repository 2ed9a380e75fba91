import EthosModel
import Foundation

/// Several HTML pages Ethos wrote, printed as one document: each page's content in its own
/// part, in the order given, every part starting on a new page under its own running header
/// (the company and the part's title), the pages numbered through. A link from one part to
/// another's file (`philosophy.html`) becomes a link to that part.
///
/// The first page's head (its stylesheet) serves the whole document: Ethos's pages share one
/// stylesheet.
package enum PrintBook {
    /// One page of the book.
    package struct Part: Sendable {
        /// The page's file name: `philosophy.html`.
        package let name: String
        /// The page as written.
        package let html: String

        package init(name: String, html: String) {
            self.name = name
            self.html = html
        }
    }

    /// The one page that prints as `parts`, with `company` in every header and page numbers
    /// in `locale`'s words (with those a philosophy supplies in `labels`); `nil` without parts.
    package static func page(_ parts: [Part], company: String, locale: LocaleID, paper: Paper,
                             labels: SuppliedLabels = SuppliedLabels()) -> String? {
        guard let first = parts.first, let bodyStart = first.html.range(of: "<body>") else { return nil }
        let anchors = Dictionary(parts.enumerated().map { ($1.name, "print-part-\($0 + 1)-start") }, uniquingKeysWith: { a, _ in a })
        var html = String(first.html[..<bodyStart.upperBound]) + "\n"
        var headers: [PrintStyle.Header] = []
        for (index, part) in parts.enumerated() {
            let title = PrintPage.title(of: part.html) ?? part.name
            headers.append(.init(company: company, title: title))
            html += "<div class=\"\(PrintStyle.partClass(index + 1))\" id=\"\(anchors[part.name]!)\">\n"
            html += body(of: part.html) + "</div>\n"
        }
        html += "</body>\n</html>\n"
        let css = PrintStyle(paper: paper, labels: Labels.for(locale, supplied: labels)).css(parts: headers)
        return PrintPage.prepare(html, css: css, partLinks: anchors)
    }

    /// What is between `<body>` and `</body>`.
    private static func body(of html: String) -> String {
        guard let start = html.range(of: "<body>") else { return "" }
        let end = html.range(of: "</body>", options: .backwards)?.lowerBound ?? html.endIndex
        return end > start.upperBound ? String(html[start.upperBound..<end]) : ""
    }
}
