import EthosModel
@testable import EthosRender
import EthosTestSupport
import Foundation
import Testing

@Suite("Print pages: paper, running header, page numbers")
struct PrintPageTests {
    let nextiva = try! loadPhilosophy("Examples/nextiva.yml")

    /// What a CSS string means: `\HEX ` escapes decoded, `\c` read as `c`.
    func decodedCSSString(_ quoted: String) -> String {
        var scalars = String.UnicodeScalarView()
        var rest = Substring(quoted.dropFirst().dropLast()).unicodeScalars[...]
        while let scalar = rest.popFirst() {
            guard scalar == "\\" else { scalars.append(scalar); continue }
            let hex = rest.prefix { $0.properties.isASCIIHexDigit }.prefix(6)
            if hex.isEmpty, let next = rest.popFirst() { scalars.append(next); continue }
            rest = rest.dropFirst(hex.count)
            if rest.first == " " { rest = rest.dropFirst() }
            scalars.append(Unicode.Scalar(UInt32(String(String.UnicodeScalarView(hex)), radix: 16)!)!)
        }
        return String(scalars)
    }

    @Test("a CSS string of hostile text: nothing in it ends the string, the rule or the style element, and it reads back as written",
          arguments: ["Acme \"Quotes\" & 'Sons'", #"back\slash\"#, "two\nlines\r\u{0C}", "</style><script>alert(1)</script>",
                      "a\"; } body { display: none } @page { content: \"x", "tab\there \u{2028} nul\u{0}", "Ünïcødé 日本 ✓"])
    func cssString(_ text: String) {
        let quoted = CSSString.quoted(text)
        let inside = quoted.dropFirst().dropLast()
        #expect(quoted.hasPrefix("\"") && quoted.hasSuffix("\""))
        #expect(!inside.contains("\"") && !inside.contains("'"))
        #expect(!inside.contains { $0.isNewline })
        #expect(!inside.contains("<") && !inside.contains(">") && !inside.contains("&"))
        #expect(!inside.unicodeScalars.contains { $0.value < 0x20 })
        // Every backslash in the output starts an escape: the text cannot end one early.
        #expect(decodedCSSString(quoted) == text.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}"))
    }

    @Test("the paper: A4 unless the locale's region prints on Letter")
    func paper() {
        #expect(Paper.default(for: "en") == .a4)
        #expect(Paper.default(for: "de-AT") == .a4)
        #expect(Paper.default(for: "en-GB") == .a4)
        #expect(Paper.default(for: "en-US") == .letter)
        #expect(Paper.default(for: "es-MX") == .letter)
        #expect(Paper.default(for: "fr-CA") == .letter)
        #expect(LocaleID("sr-Latn-RS").region == "RS")
        #expect(LocaleID("es-419").region == "419")
        #expect(LocaleID("sr-Latn").region == nil)
    }

    @Test("the philosophy's print page: paper size, the company and the title at the top, the page number at the foot")
    func philosophyPage() throws {
        let page = try builtInRenderer.printPage(.philosophy(nextiva, locale: "en"))
        #expect(page.contains("@page { size: A4;"))
        #expect(page.contains(#"@top-left { content: "Nextiva";"#))
        #expect(page.contains(#"@top-right { content: "Customer-service philosophy";"#))
        #expect(page.contains(#"@bottom-right { content: "Page " counter(page) " of " counter(pages);"#))
        #expect(try builtInRenderer.printPage(.philosophy(nextiva, locale: "en"), paper: .letter).contains("@page { size: letter;"))
        // The page rules come after the stylesheet, inside the head.
        let style = try #require(page.range(of: "@page { size: A4;"))
        #expect(page.range(of: "</head>")!.lowerBound > style.upperBound)
    }

    @Test("page numbers in the document's language", arguments: [
        ("en", #""Page " counter(page) " of " counter(pages)"#), ("de", #""Seite " counter(page) " von " counter(pages)"#),
        ("nb", #""Side " counter(page) " av " counter(pages)"#), ("sl", #""Stran " counter(page) " od " counter(pages)"#),
    ])
    func pageNumbers(locale: String, content: String) throws {
        let philosophy = try loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
        let checklist = ChecklistBuilder.make(for: philosophy.teams[0], in: philosophy, locale: LocaleID(locale), start: nil)
        #expect(try builtInRenderer.printPage(.checklist(checklist)).contains("@bottom-right { content: \(content);"))
    }

    @Test("a company name that tries to break out of the header stays text in a CSS string")
    func hostileHeader() throws {
        var philosophy = nextiva
        philosophy.company = "Evil\"; } body { display: none } </style><script>alert(1)</script>\n\\"
        let page = try builtInRenderer.printPage(.philosophy(philosophy, locale: "en"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("display: none } </style>"))
        #expect(page.contains(#"@top-left { content: "Evil\22 ; } body { display: none } \3c /style\3e \3c script\3e alert(1)\3c /script\3e \a \5c ";"#))
    }

    @Test("a relative link is unlinked on paper; fragment links and web addresses stay links")
    func relativeLinks() {
        let html = ##"<a href="checklist.csv">CSV</a> <a href="#values">values</a> <a href="https://example.com/">web</a> <a href="mailto:a@example.com">mail</a> <a href="../x.html">up</a>"##
        #expect(PrintPage.prepare(html, css: "") == "<style>\n</style>\n"
            + ##"<a>CSV</a> <a href="#values">values</a> <a href="https://example.com/">web</a> <a href="mailto:a@example.com">mail</a> <a>up</a>"##)
    }

    @Test("a document of parts: each part on pages of its own under its own title, links between parts become links inside the document")
    func book() throws {
        let files = PackRenderer(philosophy: nextiva, templates: try TemplateSet.builtIn())
            .files(for: nextiva.teams[0], locale: "en", start: CalendarDate(year: 2026, month: 12, day: 1))
        let names = ["welcome.html", "philosophy.html", "team.html", "checklist.html"]
        let parts = names.map { name in
            PrintBook.Part(name: name, html: String(decoding: files.first { $0.name == name }!.data, as: UTF8.self))
        }
        let page = try #require(PrintBook.page(parts, company: "Nextiva", locale: "en", paper: .letter))
        let starts = (1...4).map { page.range(of: #"<div class="print-part-\#($0)" id="print-part-\#($0)-start">"#)?.lowerBound }
        #expect(starts.allSatisfy { $0 != nil })
        #expect(starts.compactMap { $0 } == starts.compactMap { $0 }.sorted())
        #expect(page.contains(#"@page print-part-4 { @top-left { content: "Nextiva";"#))
        #expect(page.contains(#"@top-right { content: "Onboarding checklist: Support";"#))
        #expect(page.contains(".print-part-2 { break-before: page; }"))
        #expect(page.contains("@page { size: letter;"))
        #expect(page.contains(##"<a href="#print-part-2-start">"##))
        #expect(!page.contains(#"href="philosophy.html""#))
        #expect(page.components(separatedBy: "<body>").count == 2 && page.components(separatedBy: "</html>").count == 2)
        let french = SuppliedLabels(["fr": ["printPageNumber": "Page {page} sur {pages}"]])
        let numbered = try #require(PrintBook.page(parts, company: "Nextiva", locale: "fr", paper: .a4, labels: french))
        #expect(numbered.contains(#"" sur ""#) && !numbered.contains(#"" of ""#))
    }

    @Test("a PDF is printed, not rendered: render(_:as: .pdf) says to print the print page")
    func pdfIsPrinted() {
        #expect(Document.philosophy(nextiva, locale: "en").formats.contains(.pdf))
        do {
            _ = try builtInRenderer.render(.philosophy(nextiva, locale: "en"), as: .pdf)
            Issue.record("rendered a PDF without a PDF engine")
        } catch {
            #expect(error.description.contains("PDFPrinter"))
        }
    }
}
