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

        package init(name: String, data: Data) {
            self.name = name
            self.data = data
        }
    }

    private let templates: TemplateSet
    private let documents: DocumentRenderer
    private let contexts: RenderContexts

    /// Prepares packs for `philosophy`, rendered with `templates`.
    public init(philosophy: Philosophy, templates: TemplateSet) {
        self.templates = templates
        documents = DocumentRenderer(templates: templates)
        contexts = RenderContexts(philosophy)
    }

    /// The pack for a new hire in `team`, in `locale`, starting on `start`.
    public func files(for team: Team, locale: LocaleID, start: CalendarDate?) -> [File] {
        let context = contexts[locale]
        let checklist = ChecklistBuilder.make(for: team, context: context, start: start)
        let teamPage = MarkdownPage(markdown: templates.render(context.teamPage(team)),
                                    title: context.text(team.name), locale: locale)
        let welcomePage = MarkdownPage(markdown: templates.render(context.welcomePage(checklist)),
                                       title: context.labels[.welcomeTitle, ["team": checklist.team]], locale: locale)
        let page = { (page: MarkdownPage, format: DocumentFormat) in
            page.rendered(as: format, templates: templates).map { Data($0.utf8) }
        }
        // Each file's name without its extension, the formats it is written in, and how.
        let contents: [(name: String, formats: [DocumentFormat], render: (DocumentFormat) -> Data?)] = [
            ("welcome", [.html], { page(welcomePage, $0) }),
            ("philosophy", [.html, .md], { documents.render(philosophyIn: context, as: $0) }),
            ("team", [.html], { page(teamPage, $0) }),
            ("checklist", [.html, .md, .csv], { documents.render(checklist, as: $0) }),
            // Only with a start date: without one the calendar has no days to put events on.
            ("onboarding", [.ics], { documents.render(checklist, as: $0) }),
        ]
        return contents.flatMap { name, formats, render in
            formats.compactMap { format in render(format).map { File(name: "\(name).\(format.fileExtension)", data: $0) } }
        }
    }
}
