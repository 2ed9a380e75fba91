import EthosModel

/// A page of the site, and where its files are. Every path in the site, and every link from
/// one page to another, comes from ``path(_:slugs:)``, so the files written and the links
/// to them cannot drift apart.
enum SitePage: Sendable, Hashable {
    /// `index.html`: the language chooser, or the philosophy when there is one locale.
    case root
    /// `philosophy.json`, the whole model.
    case json
    /// `style.css`, the stylesheet every page links.
    case stylesheet
    /// `logo.svg` (or `.png` ...): the theme's logo, under a fixed name.
    case logo(LogoFormat)
    /// `<locale>/index.html`, with its Markdown as `<locale>/philosophy.md`.
    case philosophy
    /// `<locale>/kpis.html`.
    case kpis
    /// `<locale>/standards.html`.
    case standards
    /// `<locale>/teams.html`.
    case teams
    /// `<locale>/scores.html`: how the standards fared, from `ethos build --scores`.
    case scores
    /// `<locale>/changes.html`: "What changed", each revision newest first.
    case changes
    /// `<locale>/values/<slug>.html`, by the value's position.
    case value(Int)
    /// `<locale>/teams/<slug>.html`, by the team's position.
    case team(Int)
    /// `<locale>/onboarding/<slug>.html`, `.md` and `.csv`, by the team's position.
    case checklist(Int)

    /// The pages of the whole site, before any locale's: with a logo, the logo too.
    static func siteWide(theme: SiteTheme?) -> [SitePage] {
        [.root, .json, .stylesheet] + (theme?.logo.map { [.logo($0.format)] } ?? [])
    }

    /// The folders inside each locale's folder.
    static let localeFolders = ["values", "teams", "onboarding"]

    /// The path of the stylesheet, from the site's folder.
    static let stylesheetPath = "style.css"

    /// The pages of one locale, in the order they are built: the ``navigation(of:kpisInUse:)``
    /// pages (with the scores page when
    /// there is a scorecard), then each value's page and each team's page and checklist.
    static func pages(of philosophy: Philosophy, kpisInUse: [KPI], hasScores: Bool = false) -> [SitePage] {
        var pages = navigation(of: philosophy, kpisInUse: kpisInUse, hasScores: hasScores).map(\.page)
        pages += philosophy.values.indices.map(SitePage.value)
        pages += philosophy.teams.indices.flatMap { [SitePage.team($0), .checklist($0)] }
        return pages
    }

    /// The pages every page of a locale links in its navigation, with the label key of each
    /// entry: the philosophy, the lists the philosophy has something for, and "What changed"
    /// when it has revisions.
    static func navigation(of philosophy: Philosophy, kpisInUse: [KPI],
                           hasScores: Bool = false) -> [(page: SitePage, label: LabelKey)] {
        var entries: [(page: SitePage, label: LabelKey)] = [(.philosophy, .navPhilosophy)]
        if !kpisInUse.isEmpty { entries.append((.kpis, .navKPIs)) }
        if !philosophy.standards.isEmpty { entries.append((.standards, .navStandards)) }
        if !philosophy.teams.isEmpty { entries.append((.teams, .navTeams)) }
        if !philosophy.revisions.isEmpty { entries.append((.changes, .navChanges)) }
        if hasScores { entries.append((.scores, .scorecardTitle)) }
        return entries
    }

    /// The formats the page is written in, the page people open first. The stylesheet and
    /// the logo are no documents and have none.
    var formats: [DocumentFormat] {
        switch self {
        case .json: [.json]
        case .stylesheet, .logo: []
        case .philosophy: [.html, .md]
        case .checklist: [.html, .md, .csv]
        case .root, .kpis, .standards, .teams, .scores, .changes, .value, .team: [.html]
        }
    }

    /// The paths of the page's files, in the order of ``formats``: from the site's folder for
    /// a page of the whole site, else from its locale's folder.
    func paths(slugs: PageSlugs) -> [String] {
        switch self {
        case .stylesheet: [Self.stylesheetPath]
        case .logo(let format): [format.siteFileName]
        default: formats.map { path($0, slugs: slugs) }
        }
    }

    /// The path of the page's file in `format`, as ``paths(slugs:)`` gives it.
    func path(_ format: DocumentFormat, slugs: PageSlugs) -> String {
        let file = format.fileExtension
        return switch self {
        case .root: "index.\(file)"
        case .json: "philosophy.\(file)"
        case .stylesheet: Self.stylesheetPath
        case .logo(let logo): logo.siteFileName
        case .philosophy: format == .html ? "index.html" : "philosophy.\(file)"
        case .kpis: "kpis.\(file)"
        case .standards: "standards.\(file)"
        case .teams: "teams.\(file)"
        case .scores: "scores.\(file)"
        case .changes: "changes.\(file)"
        case .value(let index): "values/\(slugs.valueSlugs[index]).\(file)"
        case .team(let index): "teams/\(slugs.teamSlugs[index]).\(file)"
        case .checklist(let index): "onboarding/\(slugs.teamSlugs[index]).\(file)"
        }
    }
}
