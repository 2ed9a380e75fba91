/// The relative links from one page of the site to the others, so the site works from any
/// web server, any sub-path and straight from disk.
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

    func value(_ slug: String) -> String { toLocale + "values/\(slug).html" }
    func team(_ slug: String) -> String { toLocale + "teams/\(slug).html" }
    func checklist(_ slug: String, _ fileExtension: String) -> String { toLocale + "onboarding/\(slug).\(fileExtension)" }
    func page(_ name: String) -> String { toLocale + name }
}
