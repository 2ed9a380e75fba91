import EthosModel

/// One file of the site, by its path relative to the site's folder.
public struct SitePage: Sendable, Hashable {
    /// What the file holds.
    enum Content: Sendable, Hashable {
        /// The root page: the language chooser, or the philosophy when there is one locale.
        case root
        /// `<locale>/index.html`.
        case philosophy
        /// `<locale>/philosophy.md`.
        case philosophyMarkdown
        /// `<locale>/values/<slug>.html`, by the value's position.
        case value(Int)
        /// `<locale>/teams/<slug>.html`, by the team's position.
        case team(Int)
        /// `<locale>/onboarding/<slug>.html`, `.md` or `.csv`, by the team's position.
        case checklist(Int, ChecklistFile)
        /// `<locale>/kpis.html`.
        case kpis
        /// `<locale>/standards.html`.
        case standards
        /// `<locale>/teams.html`.
        case teams
        /// `philosophy.json`.
        case json
    }

    /// A checklist's three forms.
    enum ChecklistFile: String, Sendable, Hashable, CaseIterable {
        case html, md, csv
    }

    /// The path inside the site: `de/teams/support.html`.
    public let path: String
    /// Whether the file is an HTML page (counted as a page in summaries).
    public var isHTML: Bool { path.hasSuffix(".html") }

    let content: Content
    let locale: LocaleID?
}
