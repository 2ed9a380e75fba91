import EthosModel
import Foundation
import Synchronization

/// The files of a new hire's onboarding pack: a welcome page, the philosophy (HTML and
/// Markdown), the team's page, the checklist (HTML, Markdown, CSV) with due dates, the
/// checklist as calendar events when a start date is known, and the sheets of the interview
/// and role-play kit (``KitSheet``). Pages link to each other by file name, and every HTML
/// page leads back to the welcome page, so the unpacked folder works from disk.
public struct PackRenderer: Sendable {
    /// One file of a pack.
    public struct File: Sendable, Hashable {
        /// The file's name: `welcome.html`.
        public let name: String
        /// Its bytes.
        public let data: Data

        /// Creates a file of a pack.
        public init(name: String, data: Data) {
            self.name = name
            self.data = data
        }
    }

    private let templates: TemplateSet
    private let documents: DocumentRenderer
    private let contexts: RenderContexts
    private let kit: KitRenderer
    private let workingDays: WorkingDays
    /// The pages every hire of a team gets alike, rendered once per team and locale.
    private let sharedPages = SharedPages()

    /// Prepares packs for `philosophy`, rendered with `templates`; due dates skip the
    /// philosophy's holidays and `holidays` (from a holiday calendar file).
    public init(philosophy: Philosophy, templates: TemplateSet, holidays: [Holiday] = []) {
        self.templates = templates
        documents = DocumentRenderer(templates: templates)
        contexts = RenderContexts(philosophy)
        kit = KitRenderer(philosophy: philosophy, templates: templates)
        workingDays = WorkingDays(philosophy.calendar, extraHolidays: holidays)
    }

    /// The pack for a new hire in `team`, in `locale`, starting on `start`.
    public func files(for team: Team, locale: LocaleID, start: CalendarDate?, csv: ChecklistCSVStyle = .plain) -> [File] {
        let context = contexts[locale]
        return files(ChecklistBuilder.make(for: team, context: context, start: start, hire: nil, workingDays: workingDays),
                     team: team, context: context, csv: csv)
    }

    /// The pack of `hire` in `team`, in `locale`: it greets them by name, gives their start,
    /// manager and buddy, and puts names on the tasks of those roles.
    public func files(for hire: NewHire, team: Team, locale: LocaleID, csv: ChecklistCSVStyle = .plain) -> [File] {
        let context = contexts[locale]
        return files(ChecklistBuilder.make(for: team, context: context, start: hire.start, hire: hire, workingDays: workingDays),
                     team: team, context: context, csv: csv)
    }

    private func files(_ checklist: Checklist, team: Team, context: RenderContext, csv: ChecklistCSVStyle) -> [File] {
        let locale = context.locale
        let labels = context.labels
        let teamName = context.text(team.name)
        let welcomeTitle = checklist.hire.map { labels[.welcomeHire, ["name": $0.person.name]] }
            ?? labels[.welcomeTitle, ["team": checklist.team]]
        // Each HTML page's name, title in the navigation, its Markdown, and whether it is the
        // same for every hire of the team in this locale (then it is rendered once and kept).
        let pages: [(name: String, link: String, shared: Bool, page: () -> MarkdownPage)] = [
            ("welcome", labels.marked(.packWelcome), false, {
                MarkdownPage(markdown: templates.render(context.welcomePage(checklist)), title: welcomeTitle, locale: locale,
                             labels: labels)
            }),
            ("philosophy", labels.marked(.navPhilosophy), true, { documents.philosophyPage(context) }),
            ("team", LanguageMarks.strip(teamName), true, {
                MarkdownPage(markdown: templates.render(context.teamPage(team)), title: teamName, locale: locale, labels: labels)
            }),
            ("checklist", labels.marked(.onboardingChecklist), false, { documents.checklistPage(checklist) }),
        ] + KitSheet.allCases.map { sheet in
            (sheet.rawValue, labels.marked(sheet.titleKey), true, { kit.page(sheet, team: team, context: context) })
        }
        var files: [File] = []
        for (name, _, shared, page) in pages {
            let formats: [DocumentFormat] = name == "philosophy" || name == "checklist" ? [.html, .md] : [.html]
            let render = {
                let chrome = HTMLPage.Chrome(navigation: pages.map {
                    NavigationLink(href: "\($0.name).html", text: $0.link, current: $0.name == name)
                })
                let markdown = page()
                return formats.compactMap { format in
                    markdown.rendered(as: format, templates: templates, chrome: chrome).map {
                        File(name: "\(name).\(format.fileExtension)", data: Data($0.utf8))
                    }
                }
            }
            files += shared ? sharedPages.files(for: "\(locale.tag)/\(checklist.teamSlug)/\(name)", render) : render()
        }
        // The CSV and the calendar follow the checklist's pages.
        let afterChecklist = files.firstIndex { $0.name == "checklist.md" }.map { $0 + 1 } ?? files.endIndex
        var checklistFiles = [File(name: "checklist.csv", data: ChecklistCSV.make(checklist, style: csv))]
        // Only with a start date: without one the calendar has no days to put events on.
        if let calendar = ChecklistCalendar.make(checklist) {
            checklistFiles.append(File(name: "onboarding.ics", data: Data(calendar.utf8)))
        }
        files.insert(contentsOf: checklistFiles, at: afterChecklist)
        return files
    }
}

/// The pack pages that are the same for every hire of a team in a locale (the philosophy, the
/// team page, the kit's sheets), kept once rendered: a roster of hundreds renders each once.
private final class SharedPages: Sendable {
    private let pages = Mutex<[String: [PackRenderer.File]]>([:])

    /// The files kept under `key`, made by `render` the first time.
    func files(for key: String, _ render: () -> [PackRenderer.File]) -> [PackRenderer.File] {
        if let kept = pages.withLock({ $0[key] }) { return kept }
        let made = render()
        pages.withLock { $0[key] = made }
        return made
    }
}
