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
        let context = site.context(for: locale)
        let renderer = DocumentRenderer(templates: site.templates)
        let checklist = ChecklistBuilder.make(for: team, context: context, start: start)
        let teamPage = MarkdownPage(markdown: site.templates.render("team.md", site.teamContext(team, context, links: nil)),
                                    title: context.text(team.name), locale: locale)
        let welcomePage = welcome(checklist, context: context)
        let page = { (page: MarkdownPage, format: DocumentFormat) in
            page.rendered(as: format, templates: site.templates).map { Data($0.utf8) }
        }
        // Each file's name without its extension, the formats it is written in, and how.
        let contents: [(name: String, formats: [DocumentFormat], render: (DocumentFormat) -> Data?)] = [
            ("welcome", [.html], { page(welcomePage, $0) }),
            ("philosophy", [.html, .md], { renderer.render(philosophyIn: context, as: $0) }),
            ("team", [.html], { page(teamPage, $0) }),
            ("checklist", [.html, .md, .csv], { renderer.render(checklist, as: $0) }),
            // Only with a start date: without one the calendar has no days to put events on.
            ("onboarding", [.ics], { renderer.render(checklist, as: $0) }),
        ]
        return contents.flatMap { name, formats, render in
            formats.compactMap { format in render(format).map { File(name: "\(name).\(format.fileExtension)", data: $0) } }
        }
    }

    private func welcome(_ checklist: Checklist, context: PhilosophyContext) -> MarkdownPage {
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
        return MarkdownPage(markdown: site.templates.render("welcome.md", welcomeContext),
                            title: labels["welcomeTitle", ["team": checklist.team]], locale: context.locale)
    }
}
