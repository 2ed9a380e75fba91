import EthosModel

/// A document on its way to a file as the templates wrote it: Markdown with the texts in
/// another language marked (``LanguageMarks``), its title and its locale. Every format made
/// from Markdown is made here, so the Markdown and the page it becomes cannot differ.
struct MarkdownPage {
    /// The Markdown, with language marks.
    let markdown: String
    let title: String
    let locale: LocaleID
    /// The labels of the page's locale, with any supplied words, for the HTML page around it.
    let labels: Labels
    /// With a class name, the HTML page's body is grouped into sections at its second-level
    /// headings, inside an element of that class (``HTMLSections``).
    var sectionsClass: String? = nil

    /// The page in `format`, with `chrome` around it as HTML; `nil` for a format that is not
    /// made from Markdown.
    func rendered(as format: DocumentFormat, templates: TemplateSet, chrome: HTMLPage.Chrome = HTMLPage.Chrome())
        -> String? {
        switch format {
        // Only the HTML page says which language a text is in: every other output drops the marks.
        case .md: LanguageMarks.strip(markdown)
        case .html: HTMLPage.make(markdown: markdown, title: title, locale: locale, labels: labels, templates: templates,
                                  chrome: chrome,
                                  sectionsClass: sectionsClass)
        case .csv, .ics, .json, .pdf: nil
        }
    }
}
