/// What `value.md` reads: a value's page with its KPIs.
struct ValuePageViewModel: TemplateViewModel {
    static let template = TemplateName.valueMD
    let labels: Labels
    let value: ValueItem
    let kpis: [KPIItem]
}

/// What `team.md` reads: a team's page with its KPIs and its checklist's files.
struct TeamPageViewModel: TemplateViewModel {
    static let template = TemplateName.teamMD

    /// The team's checklist's files, by format.
    struct ChecklistFiles {
        let html: String
        let md: String
        let csv: String
    }

    let labels: Labels
    let team: TeamItem
    let kpis: [KPIItem]
    let checklist: ChecklistFiles
}

/// What `kpis-page.md` reads: every KPI in use.
struct KPIsPageViewModel: TemplateViewModel {
    static let template = TemplateName.kpisPageMD
    let labels: Labels
    let kpis: [KPIItem]
}

/// What `standards-page.md` reads: every service standard.
struct StandardsPageViewModel: TemplateViewModel {
    static let template = TemplateName.standardsPageMD
    let labels: Labels
    let standards: [StandardItem]
}

/// What `teams-page.md` reads: every team.
struct TeamsPageViewModel: TemplateViewModel {
    static let template = TemplateName.teamsPageMD
    let labels: Labels
    let teams: [TeamItem]
}

/// What `languages.html` reads: the site's locales, for its root page.
struct LanguagesViewModel: TemplateViewModel {
    static let template = TemplateName.languagesHTML
    let company: String
    let languages: [LanguageLink]
}

/// What `style.css` reads: nothing; the stylesheet is the same for every site.
struct StylesheetViewModel: TemplateViewModel {
    static let template = TemplateName.styleCSS
}
