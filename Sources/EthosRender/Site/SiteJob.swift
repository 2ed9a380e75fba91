import EthosModel
import Foundation

/// One unit of work in building a site: the files it writes, by path relative to the site's
/// folder. Most jobs write one file; a team's checklist job writes its HTML, Markdown and CSV
/// from one checklist.
public struct SiteJob: Sendable, Hashable {
    /// What the job renders.
    enum Content: Sendable, Hashable {
        /// The root page: the language chooser, or the philosophy when there is one locale.
        case root
        /// `philosophy.json`.
        case json
        /// `style.css`, the stylesheet every page links.
        case stylesheet
        /// `<locale>/index.html` and `<locale>/philosophy.md`.
        case philosophy
        /// `<locale>/values/<slug>.html`, by the value's position.
        case value(Int)
        /// `<locale>/teams/<slug>.html`, by the team's position.
        case team(Int)
        /// `<locale>/onboarding/<slug>.html`, `.md` and `.csv`, by the team's position.
        case checklist(Int)
        /// `<locale>/kpis.html`.
        case kpis
        /// `<locale>/standards.html`.
        case standards
        /// `<locale>/teams.html`.
        case teams
    }

    /// The paths of the files the job writes, in the order ``SiteRenderer/render(_:)`` returns them.
    public let paths: [String]

    let content: Content
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
