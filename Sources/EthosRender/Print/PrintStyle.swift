/// The `@page` rules that lay a document out on paper: the paper size and margins, a running
/// header with the company at the left and the document's title at the right, and the page
/// number ("Page 2 of 7" in the document's language) at the bottom right. Chromium draws
/// these page-margin boxes from version 131 on.
///
/// Everything the header shows comes from the philosophy, so it is written as a CSS string
/// through ``CSSString``: no text can end the declaration or the `<style>` element.
package struct PrintStyle: Sendable {
    /// What a page's running header says.
    package struct Header: Sendable, Hashable {
        /// The company: `Nextiva`.
        package let company: String
        /// The document's title: `Onboarding checklist: Support`.
        package let title: String

        package init(company: String, title: String) {
            self.company = company
            self.title = title
        }
    }

    let paper: Paper
    /// The page label with `{page}` and `{pages}`: `Page {page} of {pages}`.
    let pageLabel: String

    package init(paper: Paper, labels: Labels) {
        self.paper = paper
        pageLabel = labels[.printPageNumber]
    }

    /// The rules for a document whose every page has `header`.
    package func css(header: Header) -> String {
        "@page { size: \(paper.cssSize); margin: 20mm 16mm 18mm; \(marginBoxes(header)) \(pageNumberBox) }\n"
    }

    /// The rules for a document of parts, each on pages of its own with its own header: part
    /// `n` (from 1) is the element with the class ``partClass(_:)``.
    package func css(parts headers: [Header]) -> String {
        var css = "@page { size: \(paper.cssSize); margin: 20mm 16mm 18mm; \(pageNumberBox) }\n"
        for (index, header) in headers.enumerated() {
            let name = Self.partClass(index + 1)
            css += "@page \(name) { \(marginBoxes(header)) }\n.\(name) { page: \(name); }\n"
            if index > 0 { css += ".\(name) { break-before: page; }\n" }
        }
        return css
    }

    /// The class of part `number` (from 1) of a document of parts, which is also the name of
    /// its pages.
    package static func partClass(_ number: Int) -> String { "print-part-\(number)" }

    private func marginBoxes(_ header: Header) -> String {
        "@top-left { content: \(CSSString.quoted(header.company)); \(Self.boxStyle) }"
            + " @top-right { content: \(CSSString.quoted(header.title)); \(Self.boxStyle) }"
    }

    /// `@bottom-right { content: "Page " counter(page) " of " counter(pages) }`, from the label.
    private var pageNumberBox: String {
        var parts: [String] = []
        var rest = pageLabel[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(CSSString.quoted(String(rest[..<open]))) }
            switch rest[rest.index(after: open)..<close] {
            case "page": parts.append("counter(page)")
            case "pages": parts.append("counter(pages)")
            default: parts.append(CSSString.quoted(String(rest[open...close])))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(CSSString.quoted(String(rest))) }
        return "@bottom-right { content: \(parts.joined(separator: " ")); \(Self.boxStyle) }"
    }

    private static let boxStyle = "font: 8.5pt system-ui, \"Noto Sans\", sans-serif; color: #57606a;"
}
