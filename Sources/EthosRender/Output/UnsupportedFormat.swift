/// A document asked for in a format it does not have, such as the philosophy as CSV, or a
/// checklist as a calendar without a start date to count from.
public struct UnsupportedFormat: Error, Sendable, CustomStringConvertible {
    /// The format asked for.
    public let format: DocumentFormat
    /// The formats the document has.
    public let available: [DocumentFormat]
    let documentName: String

    init(_ format: DocumentFormat, of document: Document) {
        self.format = format
        self.available = document.formats
        self.documentName = document.name
    }

    public var description: String {
        if format == .pdf, available.contains(.pdf) {
            return "\(documentName) is printed to PDF, not rendered: print its printPage(_:paper:) with PDFPrinter"
        }
        return "\(documentName) has no \(format.rawValue) form; it has \(available.map(\.rawValue).joined(separator: ", "))"
    }
}
