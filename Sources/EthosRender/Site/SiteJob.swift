import EthosModel
import Foundation

/// One unit of work in building a site: one page, with the files it writes by path relative
/// to the site's folder. Most pages are one file; a team's checklist writes its HTML,
/// Markdown and CSV from one checklist.
public struct SiteJob: Sendable, Hashable {
    /// The paths of the files the job writes, in the order ``SiteRenderer/render(_:)`` returns them.
    public let paths: [String]

    let page: SitePage
    /// The locale of the page; `nil` for a page of the whole site.
    let locale: LocaleID?
}

/// One file of a built site.
public struct SiteFile: Sendable {
    /// The path inside the site: `de/teams/support.html`.
    public let path: String
    /// The file's bytes.
    public let data: Data
    /// For an HTML page, the Markdown it was converted from.
    public let markdown: String?
}
