import EthosModel

/// Renders a philosophy into the documents people read: the philosophy itself in Markdown
/// and HTML, and each team's onboarding checklist in Markdown, HTML and CSV.
///
/// The output depends only on the philosophy, the locale, the templates and the start date:
/// never on the clock, the machine or the order of a dictionary.
public struct DocumentRenderer: Sendable {
    /// The templates in use.
    public let templates: TemplateSet

    /// Creates a renderer with `templates`.
    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The philosophy as GitHub Markdown in `locale`.
    public func philosophyMarkdown(_ philosophy: Philosophy, locale: LocaleID) -> String {
        LanguageMarks.strip(markedPhilosophyMarkdown(philosophy, locale: locale))
    }

    /// The philosophy's Markdown with texts in another language marked, for the HTML page.
    private func markedPhilosophyMarkdown(_ philosophy: Philosophy, locale: LocaleID) -> String {
        templates.render("philosophy.md", PhilosophyContext(philosophy, locale: locale).values)
    }

    /// The philosophy as a complete HTML page in `locale`.
    public func philosophyHTML(_ philosophy: Philosophy, locale: LocaleID) -> String {
        let title = "\(philosophy.company): \(Labels.for(locale)["subtitle"])"
        return HTMLPage.make(markdown: markedPhilosophyMarkdown(philosophy, locale: locale), title: title, locale: locale,
                             templates: templates)
    }

    /// The checklist as a GitHub task list.
    public func checklistMarkdown(_ checklist: Checklist) -> String {
        templates.render("checklist.md", ChecklistContext.make(checklist))
    }

    /// The checklist as a printable HTML page whose boxes can be ticked.
    public func checklistHTML(_ checklist: Checklist) -> String {
        let title = Labels.for(checklist.locale)["checklistTitle", ["team": checklist.team]]
        return HTMLPage.make(markdown: checklistMarkdown(checklist), title: title, locale: checklist.locale,
                             templates: templates)
    }

    /// The checklist as CSV for task tools.
    public func checklistCSV(_ checklist: Checklist) -> String {
        ChecklistCSV.make(checklist)
    }
}
