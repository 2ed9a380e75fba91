import EthosModel
import Foundation

/// Shorthands for ``DocumentRenderer/render(_:as:)`` in the formats every document of the
/// kind has, as text.
extension DocumentRenderer {
    /// The philosophy as GitHub Markdown in `locale`.
    public func philosophyMarkdown(_ philosophy: Philosophy, locale: LocaleID) -> String {
        text(.philosophy(philosophy, locale: locale), as: .md)
    }

    /// The philosophy as a complete HTML page in `locale`.
    public func philosophyHTML(_ philosophy: Philosophy, locale: LocaleID) -> String {
        text(.philosophy(philosophy, locale: locale), as: .html)
    }

    /// The checklist as a GitHub task list.
    public func checklistMarkdown(_ checklist: Checklist) -> String {
        text(.checklist(checklist), as: .md)
    }

    /// The checklist as a printable HTML page whose boxes can be ticked.
    public func checklistHTML(_ checklist: Checklist) -> String {
        text(.checklist(checklist), as: .html)
    }

    /// The checklist as CSV for task tools.
    public func checklistCSV(_ checklist: Checklist) -> String {
        text(.checklist(checklist), as: .csv)
    }

    /// `document` in `format`, one the document always has.
    private func text(_ document: Document, as format: DocumentFormat) -> String {
        String(decoding: (try? render(document, as: format)) ?? Data(), as: UTF8.self)
    }
}
