import EthosModel
import Foundation

/// A complete HTML page: a Markdown document converted by cmark-gfm, placed in the page
/// template with its title, language, direction, table of contents and stylesheet (embedded,
/// or a link to the site's shared one). The part before the first second-level heading (the
/// title and its subtitle) is the `intro`, shown above the table of contents; the rest is the
/// `body`.
enum HTMLPage {
    /// What surrounds a page that is part of a site: the brand bar with the navigation and
    /// the same page in the other locales, the sidebar, the breadcrumbs, the footer and the
    /// site's shared stylesheet. A document that travels alone has none of it.
    /// Encodable, so a page's input key holds all of it (``SiteRenderer/inputKeys()``).
    struct Chrome: Encodable {
        var navigation: [NavigationLink] = []
        var alternates: [LanguageLink] = []
        /// The relative address of the site's `style.css`; `nil` embeds the stylesheet in the
        /// page, as a document that travels alone (a rendered file, a pack's page) needs.
        var stylesheet: String?
        /// The company, named in the brand bar and the footer; `nil` outside a site.
        var company: String?
        /// The relative address of the page the brand bar leads to: the site's landing page.
        var home: String?
        /// The relative address of the site's logo image, shown in the brand bar with the
        /// company as its text; `nil` shows the company's name.
        var logo: String?
        /// The philosophy's parts, with the pages under them.
        var sidebar: [SidebarSection] = []
        /// The way from the landing page to this one, this page last.
        var breadcrumbs: [NavigationLink] = []
        /// The line at the foot of the page (the site's current revision, or the date the
        /// philosophy was updated); `nil` for none.
        var footer: String?
        /// When the site was built, as the footer says it; `nil` for no date.
        var buildDate: String?
        /// Links the footer lists after the company and dates.
        var footerLinks: [NavigationLink] = []
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
            intro: TableFrames.wrap(intro),
            body: TableFrames.wrap(body),
            siteNav: chrome.navigation,
            alternates: chrome.alternates,
            stylesheet: chrome.stylesheet)
        page.sectioned = sectioned
        page.company = chrome.company
        page.home = chrome.home
        page.logo = chrome.logo
        page.sidebar = chrome.sidebar
        page.breadcrumbs = chrome.breadcrumbs
        page.footer = chrome.footer
        page.buildDate = chrome.buildDate
        page.footerLinks = chrome.footerLinks
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
