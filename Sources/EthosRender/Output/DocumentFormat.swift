/// A kind of file a document can be written as. Each document says which of these it has
/// (``Document/formats``), and ``DocumentRenderer/render(_:as:)`` writes any of them.
///
/// A new format is a new case here and its renderer; the compiler then points at every
/// document that must say how it looks in it.
public enum DocumentFormat: String, CaseIterable, Sendable, Hashable {
    /// GitHub Markdown.
    case md
    /// A standalone HTML page: no scripts, prints well.
    case html
    /// RFC 4180 CSV with a header row, for task tools and spreadsheets.
    case csv
    /// An iCalendar file (RFC 5545), for calendar programs.
    case ics
    /// JSON, for other systems to import.
    case json
    /// A PDF to print or hand out: the HTML page laid out on paper, with a running header and
    /// page numbers. A browser engine lays it out, so ``DocumentRenderer`` writes its print
    /// page (``DocumentRenderer/printPage(_:paper:)``) and EthosPublish's `PDFPrinter` prints it.
    case pdf

    /// The extension of a file in this format, without the dot: `md`.
    public var fileExtension: String { rawValue }
}
