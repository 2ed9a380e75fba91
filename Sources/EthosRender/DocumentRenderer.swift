import EthosModel
import Foundation

/// Renders a document in a format: the philosophy as Markdown, HTML or JSON, a team's
/// onboarding checklist as Markdown, HTML, CSV or a calendar.
///
/// The output depends only on the document, the templates and the format: never on the
/// clock, the machine or the order of a dictionary.
public struct DocumentRenderer: Sendable {
    /// The templates in use.
    public let templates: TemplateSet
    /// The program a checklist's CSV is written for.
    public let checklistCSV: ChecklistCSVStyle

    /// Creates a renderer with `templates`, writing checklists' CSV for `checklistCSV`.
    public init(templates: TemplateSet, checklistCSV: ChecklistCSVStyle = .plain) {
        self.templates = templates
        self.checklistCSV = checklistCSV
    }

    /// `document` as a file in `format`; throws when the document has no such form (see
    /// ``Document/formats``), and for ``DocumentFormat/pdf``, which a PDF engine prints from
    /// ``printPage(_:paper:)``.
    public func render(_ document: Document, as format: DocumentFormat) throws(UnsupportedFormat) -> Data {
        let data = switch document {
        case .philosophy(let philosophy, let locale): render(philosophyIn: RenderContext(philosophy, locale: locale), as: format)
        case .checklist(let checklist): render(checklist, as: format)
        }
        guard let data else { throw UnsupportedFormat(format, of: document) }
        return data
    }

    /// The philosophy in the locale of `context`, or `nil` in a format it lacks.
    func render(philosophyIn context: RenderContext, as format: DocumentFormat) -> Data? {
        switch format {
        case .md, .html: philosophyPage(context).rendered(as: format, templates: templates).map { Data($0.utf8) }
        case .json: PhilosophyJSON.make(context.philosophy)
        case .csv, .ics, .pdf: nil
        }
    }

    /// `checklist`, or `nil` in a format it lacks.
    func render(_ checklist: Checklist, as format: DocumentFormat) -> Data? {
        switch format {
        case .md, .html: checklistPage(checklist).rendered(as: format, templates: templates).map { Data($0.utf8) }
        case .csv: ChecklistCSV.make(checklist, style: checklistCSV)
        case .ics: ChecklistCalendar.make(checklist).map { Data($0.utf8) }
        case .json, .pdf: nil
        }
    }

    /// The philosophy document as the template writes it in the context's locale, with its links.
    func philosophyPage(_ context: RenderContext) -> MarkdownPage {
        MarkdownPage(markdown: templates.render(context.philosophyViewModel),
                     title: "\(context.philosophy.company): \(context.labels[.subtitle])", locale: context.locale,
                     labels: context.labels)
    }

    /// The checklist as a task list; `sharingShells` lets a site's many checklists share
    /// template shells.
    func checklistPage(_ checklist: Checklist, sharingShells: Bool = false) -> MarkdownPage {
        let labels = checklist.labels
        return MarkdownPage(markdown: templates.render(ChecklistContext.make(checklist), labels: sharingShells ? labels : nil),
                     title: labels[.checklistTitle, ["team": checklist.team]],
                     locale: checklist.locale, labels: labels)
    }
}
