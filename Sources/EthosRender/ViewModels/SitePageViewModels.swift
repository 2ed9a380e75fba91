/// What `value.md` reads: a value's page with its KPIs.
struct ValuePageViewModel: TemplateViewModel {
    static let template = TemplateName.valueMD
    /// The locale's labels by key (``Labels/text``), read as `{{labels.KEY}}`.
    let labels: [String: String]
    let value: ValueItem
    let kpis: [KPIItem]
}

/// What `team.md` reads: a team's page with its KPIs and its checklist's files.
struct TeamPageViewModel: TemplateViewModel {
    static let template = TemplateName.teamMD

    /// The team's checklist's files, by format.
    struct ChecklistFiles: Encodable {
        let html: String
        let md: String
        let csv: String
    }

    /// The locale's labels by key (``Labels/text``), read as `{{labels.KEY}}`.
    let labels: [String: String]
    let team: TeamItem
    let kpis: [KPIItem]
    let checklist: ChecklistFiles
    /// On a site with scores: the team's status in each standard's last complete window.
    var scores: [TeamScoreItem] = []
}

/// A team's figure in one standard's last complete window, as `team.md` reads it.
struct TeamScoreItem: Encodable {
    /// The standard's id.
    let standard: String
    /// The standard's section on the scores page.
    let href: String
    /// `2026-10-01 – 2026-10-31`.
    let window: String
    let value: String
    /// `● met`.
    let status: String
}

/// What `kpis-page.md` reads: every KPI in use.
struct KPIsPageViewModel: TemplateViewModel {
    static let template = TemplateName.kpisPageMD
    /// The locale's labels by key (``Labels/text``), read as `{{labels.KEY}}`.
    let labels: [String: String]
    let kpis: [KPIItem]
}

/// What `standards-page.md` reads: every service standard.
struct StandardsPageViewModel: TemplateViewModel {
    static let template = TemplateName.standardsPageMD
    /// The locale's labels by key (``Labels/text``), read as `{{labels.KEY}}`.
    let labels: [String: String]
    let standards: [StandardItem]
}

/// What `teams-page.md` reads: every team.
struct TeamsPageViewModel: TemplateViewModel {
    static let template = TemplateName.teamsPageMD
    /// The locale's labels by key (``Labels/text``), read as `{{labels.KEY}}`.
    let labels: [String: String]
    let teams: [TeamItem]
}

/// What `languages.html` reads: the site's landing page, its root `index.html`, with the
/// company, its vision, the values at a glance and the site's locales.
struct LanguagesViewModel: TemplateViewModel {
    static let template = TemplateName.languagesHTML
    let company: String
    /// The first locale's labels by key (``Labels/text``), read as `{{labels.KEY}}`.
    let labels: [String: String]
    let vision: String
    /// Each value, linking its page.
    let values: [ValueItem]
    /// Every locale's philosophy, by the language's own name; empty with one locale.
    let languages: [LanguageLink]
    /// The philosophy page's address, which a site with one locale links instead.
    let philosophy: String
}

/// What `style.css` reads as the site's own file: that it is, so it adds the handbook layout
/// that documents travelling alone (which embed the stylesheet) do not need.
struct StylesheetViewModel: TemplateViewModel {
    static let template = TemplateName.styleCSS
    let site = true
}
