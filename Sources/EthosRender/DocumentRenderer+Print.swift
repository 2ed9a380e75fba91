import EthosModel

extension DocumentRenderer {
    /// The HTML page a PDF of `document` is printed from: its HTML page with the page rules
    /// for `paper` (by default the paper of the document's locale, ``Paper/default(for:)``),
    /// a running header with the company and the document's title, page numbers in the
    /// document's language, and relative links unlinked (on paper they would point nowhere).
    ///
    /// Throws for a document that has no PDF form (see ``Document/formats``).
    public func printPage(_ document: Document, paper: Paper? = nil) throws(UnsupportedFormat) -> String {
        let page: MarkdownPage
        let header: PrintStyle.Header
        let locale: LocaleID
        let labels: Labels
        switch document {
        case .philosophy(let philosophy, let documentLocale):
            let context = RenderContext(philosophy, locale: documentLocale)
            page = philosophyPage(context)
            header = .init(company: philosophy.company, title: context.labels[.subtitle])
            locale = documentLocale
            labels = context.labels
        case .checklist(let checklist):
            page = checklistPage(checklist)
            header = .init(company: checklist.company, title: LanguageMarks.strip(page.title))
            locale = checklist.locale
            labels = checklist.labels
        }
        guard document.formats.contains(.pdf), let html = page.rendered(as: .html, templates: templates) else {
            throw UnsupportedFormat(.pdf, of: document)
        }
        let style = PrintStyle(paper: paper ?? .default(for: locale), labels: labels)
        return PrintPage.prepare(html, css: style.css(header: header))
    }
}
