import EthosModel
import Foundation

/// A complete HTML page: a Markdown document converted by cmark-gfm, placed in the page
/// template with its title, language, direction, table of contents and stylesheet. The part
/// before the first second-level heading (the title and its subtitle) is the `intro`, shown
/// above the table of contents; the rest is the `body`.
enum HTMLPage {
    /// The links around a page that is part of a site: the navigation and the same page in
    /// the other locales.
    struct Chrome {
        var navigation: [[String: Any]] = []
        var alternates: [[String: Any]] = []
    }

    static func make(markdown: String, title: String, locale: LocaleID, templates: TemplateSet,
                     chrome: Chrome = Chrome(), shells: PageShells? = nil) -> String {
        let converted = GFMConverter.convert(markdown)
        let contents = converted.headings.filter { $0.level == 2 }
        // The title and what follows it come before the table of contents.
        let split = converted.html.range(of: "<h2 ")?.lowerBound ?? converted.html.endIndex
        return make(intro: String(converted.html[..<split]), body: String(converted.html[split...]), title: title,
                    locale: locale, contents: contents, templates: templates, chrome: chrome, shells: shells)
    }

    /// The page around `intro` and `body`; with `shells`, joined from its shape's shell when
    /// the template allows it (see ``PageShell``).
    static func make(intro: String, body: String, title: String, locale: LocaleID,
                     contents: [GFMConverter.Heading] = [], templates: TemplateSet, chrome: Chrome,
                     shells: PageShells? = nil) -> String {
        var values = [title, intro, body] + contents.flatMap { [$0.anchor, $0.text] }
        values += chrome.navigation.map { $0["href"] as? String ?? "" }
        values += chrome.alternates.map { $0["href"] as? String ?? "" }
        let real = context(values, locale: locale, tocCount: contents.count, chrome: chrome)
        guard let shells else { return templates.render("page.html", real) }
        let key = [locale.tag, String(contents.count)]
            + chrome.navigation.map { "\($0["text"] ?? "")\($0["current"] as? Bool == true ? "*" : "")" }
            + chrome.alternates.map { "\($0["lang"] ?? "")" }
        let shell = shells.shell(for: key.joined(separator: "\u{1}")) {
            let markers = values.indices.map(PageShell.marker)
            return PageShell(rendered: templates.render("page.html",
                                                        context(markers, locale: locale, tocCount: contents.count,
                                                                chrome: chrome)))
        }
        return shell?.fill(values) ?? templates.render("page.html", real)
    }

    /// The page template's context, with `values` laid out as ``make(intro:body:title:locale:contents:templates:chrome:shells:)``
    /// lists them: title, intro, body, each heading's anchor and text, navigation links, other-locale links.
    private static func context(_ values: [String], locale: LocaleID, tocCount: Int, chrome: Chrome) -> [String: Any] {
        var next = 3
        func take() -> String {
            defer { next += 1 }
            return values[next]
        }
        let toc = (0..<tocCount).map { _ in ["anchor": take(), "text": take()] }
        let navigation = chrome.navigation.map { entry in entry.merging(["href": take()]) { $1 } }
        let alternates = chrome.alternates.map { entry in entry.merging(["href": take()]) { $1 } }
        return [
            "lang": locale.tag,
            "dir": locale.isRightToLeft ? "rtl" : "ltr",
            "title": values[0],
            "labels": Labels.for(locale).text,
            "toc": toc,
            "showContents": tocCount > 1,
            "intro": values[1],
            "body": values[2],
            "siteNav": navigation,
            "alternates": alternates,
        ]
    }
}

extension LocaleID {
    /// Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu and kin).
    var isRightToLeft: Bool {
        ["ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"].contains(language)
    }

    /// The language's own name for itself, capitalised: `Deutsch`, `Slovenščina`, `Norsk bokmål`.
    var nativeName: String {
        let locale = Locale(identifier: tag)
        let name = locale.localizedString(forIdentifier: tag) ?? tag
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}
