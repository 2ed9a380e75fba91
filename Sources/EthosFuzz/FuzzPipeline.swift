import EthosLint
import EthosLoader
import EthosModel
import EthosRender

/// One fuzz input through what a user's file goes through: load, lint, and when it loads,
/// render the philosophy (Markdown and HTML in every locale), the site's root page and
/// `philosophy.json`, a value's, a team's and a checklist's site page (through template shells
/// and in full), and the first team's checklist (Markdown, HTML, CSV, calendar). Each page is
/// held to ``FuzzOracle``'s invariants.
enum FuzzPipeline {
    private static let renderer: DocumentRenderer? = (try? TemplateSet.builtIn()).map { DocumentRenderer(templates: $0) }
    /// The same templates always rendered in full, to hold the shells to the full render.
    private static let fullRenders = try? TemplateSet.builtIn(usingShells: false)
    private static let start = CalendarDate(year: 2026, month: 12, day: 1)

    static func run(_ input: UnsafeBufferPointer<UInt8>) {
        let result = PhilosophyLoader.load(bytes: Array(input), file: "fuzz.yml")
        for diagnostic in Linter.lint(result) { _ = diagnostic.formatted }
        guard let philosophy = result.philosophy, let renderer else { return }
        for value in philosophy.values { FuzzOracle.checkSlug(philosophy.slug(of: value)) }
        for team in philosophy.teams { FuzzOracle.checkSlug(philosophy.slug(of: team)) }
        // The HTML is made from the Markdown, so rendering the HTML renders the Markdown too.
        for locale in philosophy.locales {
            FuzzOracle.checkHTML(renderer.philosophyHTML(philosophy, locale: locale))
            FuzzOracle.checkNoLanguageMarks(renderer.philosophyMarkdown(philosophy, locale: locale))
        }
        // The site's own files: the root page (the philosophy or the language chooser) and
        // the JSON, which must hold no `<` a browser could read as markup.
        let site = SiteRenderer(philosophy: philosophy, templates: renderer.templates)
        for job in site.jobs where ["index.html", "philosophy.json"].contains(job.paths[0]) {
            for file in site.render(job) {
                if file.path.hasSuffix(".json") {
                    FuzzOracle.checkJSON(file.data)
                } else {
                    FuzzOracle.checkHTML(String(decoding: file.data, as: UTF8.self))
                }
            }
        }
        // A value's, a team's and a checklist's page go through template shells: they must
        // give the bytes of a full render.
        if let fullRenders {
            let full = SiteRenderer(philosophy: philosophy, templates: fullRenders)
            for folder in ["/values/", "/teams/", "/onboarding/"] {
                guard let job = site.jobs.first(where: { $0.paths[0].contains(folder) }) else { continue }
                FuzzOracle.checkSame(site.render(job).map(\.data), full.render(job).map(\.data), job.paths[0])
            }
        }
        guard let team = philosophy.teams.first else { return }
        let checklist = ChecklistBuilder.make(for: team, in: philosophy, locale: philosophy.defaultLocale, start: start)
        _ = renderer.checklistCSV(checklist)
        _ = ChecklistCalendar.make(checklist)
        FuzzOracle.checkHTML(renderer.checklistHTML(checklist))
    }
}
