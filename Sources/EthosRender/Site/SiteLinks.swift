/// Where one page of the site is, so its links to the others are relative and the site
/// works from any web server, any sub-path and straight from disk.
struct SiteLinks: Sendable {
    /// From the page to its locale's folder: `""` for `de/index.html`, `../` for
    /// `de/values/x.html`, `de/` for the root page of a one-locale site.
    let toLocale: String
    /// From the page to the site's root folder.
    let toRoot: String

    /// Links for a page `depth` folders below its locale's folder.
    init(depth: Int) {
        toLocale = String(repeating: "../", count: depth)
        toRoot = String(repeating: "../", count: depth + 1)
    }

    /// Links for the root page of a site with one locale, `locale`.
    init(rootOf locale: String) {
        toLocale = locale + "/"
        toRoot = ""
    }

    /// The link to `page`'s file in `format`, in the same locale.
    func to(_ page: SitePage, _ format: DocumentFormat = .html, slugs: PageSlugs) -> String {
        toLocale + page.path(format, slugs: slugs)
    }
}
