import EthosModel
import Foundation

/// A complete HTML page: a Markdown document converted by cmark-gfm, placed in the page
/// template with its title, language, direction, table of contents and stylesheet (embedded,
/// or a link to the site's shared one). The part before the first second-level heading (the
/// title and its subtitle) is the `intro`, shown above the table of contents; the rest is the
/// `body`.
enum HTMLPage {
    /// The links around a page that is part of a site: the navigation, the same page in the
    /// other locales, and the site's shared stylesheet. Encodable, so a page's input key
    /// holds all of it (``SiteRenderer/inputKeys()``).
    struct Chrome: Encodable {
        var navigation: [NavigationLink] = []
        var alternates: [LanguageLink] = []
        /// The relative address of the site's `style.css`; `nil` embeds the stylesheet in the
        /// page, as a document that travels alone (a rendered file, a pack's page) needs.
        var stylesheet: String?
        /// The line at the foot of the page (the site's current revision); `nil` for none.
        var footer: String?
        /// The relative address of the theme's logo; `nil` for none.
        var logo: String?
        /// The theme's links at the foot of the page.
        var footerLinks: [NavigationLink] = []
        /// The company, the logo's text alternative.
        var company = ""
        /// The search box, on a site with a search index.
        var search: SearchBox?
    }

    static func make(markdown: String, title: String, locale: LocaleID, labels: Labels, templates: TemplateSet,
                     chrome: Chrome = Chrome(), sectionsClass: String? = nil) -> String {
        let converted = GFMConverter.convert(markdown)
        let contents = converted.headings.filter { $0.level == 2 }
        let page = LanguageMarks.spans(inHTML: converted.html)
        // The title and what follows it come before the table of contents.
        let html = page.utf8
        let marker = Array("<h2 ".utf8)
        let split = html.indices.first { index in
            html[index] == marker[0] && html[index...].starts(with: marker)
        } ?? html.endIndex
        let body = String(page[split...])
        return make(intro: String(page[..<split]), body: sectionsClass.map { HTMLSections.wrap(body, class: $0) } ?? body,
                    title: LanguageMarks.strip(title),
                    locale: locale, labels: labels, contents: contents, templates: templates, chrome: chrome, sectioned: sectionsClass != nil)
    }

    /// The page's own labels (the table of contents' title, the navigation's names) that are
    /// shown in English on a page in another language get `lang="en"` like any marked text.
    static func make(intro: String, body: String, title: String, locale: LocaleID, labels: Labels,
                     contents: [GFMConverter.Heading] = [], templates: TemplateSet, chrome: Chrome,
                     sectioned: Bool = false) -> String {
        var page = HTMLPageViewModel(
            lang: locale.tag,
            dir: locale.isRightToLeft ? "rtl" : "ltr",
            title: title,
            labels: labels.text,
            toc: contents.map { .init(anchor: $0.anchor, text: $0.text) },
            showContents: contents.count > 1,
            intro: intro,
            body: body,
            siteNav: chrome.navigation,
            alternates: chrome.alternates,
            stylesheet: chrome.stylesheet)
        page.sectioned = sectioned
        page.footer = chrome.footer
        page.logo = chrome.logo
        page.company = chrome.company
        page.footerLinks = chrome.footerLinks
        page.hasFooter = chrome.footer != nil || !chrome.footerLinks.isEmpty
        page.search = chrome.search
        return LanguageMarks.spans(inHTML: templates.render(page, labels: labels))
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
