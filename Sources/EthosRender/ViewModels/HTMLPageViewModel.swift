/// What `page.html` reads: a complete HTML page around a converted Markdown document.
struct HTMLPageViewModel: TemplateViewModel {
    static let template = TemplateName.pageHTML

    /// A table-of-contents entry.
    struct ContentsEntry: Encodable {
        let anchor: String
        let text: String
    }

    /// The locale's tag.
    let lang: String
    /// `ltr` or `rtl`.
    let dir: String
    let title: String
    /// The locale's labels by key (``Labels/text``), read as `{{labels.KEY}}`.
    let labels: [String: String]
    let toc: [ContentsEntry]
    /// Whether the table of contents is worth showing (more than one entry).
    let showContents: Bool
    /// The HTML before the first second-level heading.
    let intro: String
    /// The rest of the HTML.
    let body: String
    let siteNav: [NavigationLink]
    let alternates: [LanguageLink]
    /// The site's shared stylesheet; `nil` embeds the stylesheet.
    let stylesheet: String?
    /// Whether the body is grouped into sections (``HTMLSections``), which `sheets.css` lays out.
    var sectioned = false
    /// On a site page: the company, named in the brand bar and the footer.
    var company: String?
    /// The landing page's relative address, where the brand bar leads.
    var home: String?
    /// The site's logo image's relative address; `nil` shows the company's name instead.
    var logo: String?
    /// The sidebar's sections; empty outside a site.
    var sidebar: [SidebarSection] = []
    /// The breadcrumbs, the current page last; empty outside a site.
    var breadcrumbs: [NavigationLink] = []
    /// The line at the foot of the page, such as the site's current revision; `nil` for none.
    var footer: String?
    /// `Built on 2 December 2026`; `nil` when the build date is not given.
    var buildDate: String?
    /// Links the footer lists.
    var footerLinks: [NavigationLink] = []
    /// The search box, on a site with a search index; `nil` for none.
    var search: SearchBox?
}

/// The search box of a page of a site with a Pagefind index: Pagefind's own script, which
/// shows the box and the results, and its stylesheet, which the site's own follows (and sets
/// its colours to the site's). The script finds the index in its own folder and the
/// site's root folder above it, so the page needs to say no more than where the script is.
struct SearchBox: Encodable {
    /// The relative address of Pagefind's script: `../pagefind/pagefind-component-ui.js`.
    let script: String
    /// The relative address of Pagefind's stylesheet for the box.
    let stylesheet: String
    /// Whether Pagefind indexes the page's `main`: every page but the landing page, whose
    /// vision and values the philosophy page holds too.
    let indexed: Bool

    /// The folder of the site Pagefind writes the index into.
    static let folder = "pagefind"

    /// The box on a page whose way to the site's root folder is `toRoot` (`../`), its content
    /// `indexed` or not.
    init(toRoot: String, indexed: Bool) {
        self.indexed = indexed
        script = toRoot + Self.folder + "/pagefind-component-ui.js"
        stylesheet = toRoot + Self.folder + "/pagefind-component-ui.css"
    }
}
