import EthosModel
import Foundation

/// The files of a new hire's onboarding pack: a welcome page, the philosophy (HTML and
/// Markdown), the team's page, the checklist (HTML, Markdown, CSV) with due dates, and the
/// checklist as calendar events when a start date is known. Pages link to each other by file
/// name, so the unpacked folder works from disk.
public struct PackRenderer: Sendable {
    /// One file of a pack.
    public struct File: Sendable, Hashable {
        /// The file's name: `welcome.html`.
        public let name: String
        /// Its bytes.
        public let data: Data
    }

    private let site: SiteRenderer

    /// Prepares packs for `philosophy`, rendered with `templates`.
    public init(philosophy: Philosophy, templates: TemplateSet) {
        site = SiteRenderer(philosophy: philosophy, templates: templates)
    }

    /// The pack for a new hire in `team`, in `locale`, starting on `start`.
    public func files(for team: Team, locale: LocaleID, start: CalendarDate?) -> [File] {
        let philosophy = site.philosophy
        let context = site.context(for: locale)
        let renderer = DocumentRenderer(templates: site.templates)
        let checklist = ChecklistBuilder.make(for: team, context: context, start: start)
        let teamMarkdown = site.templates.render("team.md", site.teamContext(team, context, links: nil))
        let teamName = context.text(team.name)
        var files = [
            File(name: "welcome.html", data: Data(welcome(checklist, context: context).utf8)),
            File(name: "philosophy.html", data: Data(renderer.philosophyHTML(philosophy, locale: locale).utf8)),
            File(name: "philosophy.md", data: Data(renderer.philosophyMarkdown(philosophy, locale: locale).utf8)),
            File(name: "team.html", data: Data(HTMLPage.make(markdown: teamMarkdown, title: teamName, locale: locale,
                                                             templates: site.templates).utf8)),
            File(name: "checklist.html", data: Data(renderer.checklistHTML(checklist).utf8)),
            File(name: "checklist.md", data: Data(renderer.checklistMarkdown(checklist).utf8)),
            File(name: "checklist.csv", data: Data(renderer.checklistCSV(checklist).utf8)),
        ]
        if let calendar = ChecklistCalendar.make(checklist) {
            files.append(File(name: "onboarding.ics", data: Data(calendar.utf8)))
        }
        return files
    }

    private func welcome(_ checklist: Checklist, context: PhilosophyContext) -> String {
        let labels = context.labels
        let firstPhase = checklist.phases.first
        let welcomeContext: [String: Any] = [
            "title": labels["welcomeTitle", ["team": checklist.team]],
            "intro": labels["welcomeIntro", ["company": checklist.company]],
            "company": checklist.company,
            "vision": context.text(context.philosophy.vision),
            "labels": labels.text,
            "hasCalendar": checklist.start != nil,
            "firstItems": (firstPhase?.items ?? []).map { $0.name },
            "firstPhase": firstPhase.map { labels.phase($0.phase) } ?? "",
        ]
        let markdown = site.templates.render("welcome.md", welcomeContext)
        return HTMLPage.make(markdown: markdown, title: labels["welcomeTitle", ["team": checklist.team]],
                             locale: context.locale, templates: site.templates)
    }
}
