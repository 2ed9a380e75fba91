import EthosModel
import EthosRender
import Foundation

/// A pack's pages printed as one PDF to hand out: the welcome page, the philosophy, the team
/// page, the checklist, the role-play cards and the pocket card, in that order, each starting
/// on a new page under its own running header, the pages numbered through. (The interview
/// scorecards are for interviewers: they print from `ethos kit`.)
public struct PackPDF: Sendable {
    /// The pages printed, by file name, in order; a pack without one of them prints the rest.
    public static let pages = ["welcome.html", "philosophy.html", "team.html", "checklist.html", "role-play-cards.html",
                               "pocket-card.html"]

    /// The printer that prints.
    public let printer: PDFPrinter

    /// Prints with `printer`.
    public init(printer: PDFPrinter) {
        self.printer = printer
    }

    /// The PDF of the pack `files` (`PackRenderer.files(for:locale:start:)`), with `company`
    /// in every header, in `locale` (with the words the philosophy supplies in `labels`), on
    /// `paper` (by default `locale`'s paper).
    public func pdf(of files: [PackRenderer.File], company: String, locale: LocaleID, paper: Paper? = nil,
                    labels: SuppliedLabels = SuppliedLabels()) async throws(PDFError) -> Data {
        let pages = Self.pages.compactMap { name in files.first { $0.name == name } }
        guard !pages.isEmpty else { throw .nothingToPrint("the pack has none of \(Self.pages.joined(separator: ", "))") }
        return try await printer.pdf(ofPages: pages, company: company, locale: locale, paper: paper, labels: labels)
    }
}

extension PDFPrinter {
    /// HTML `pages` printed as one PDF, in order, each starting on a new page under a running
    /// header of `company` and the page's title, the pages numbered through in `locale`'s
    /// words (with those the philosophy supplies in `labels`), on `paper` (by default
    /// `locale`'s paper). The kit prints its sheets this way.
    public func pdf(ofPages pages: [PackRenderer.File], company: String, locale: LocaleID, paper: Paper? = nil,
                    labels: SuppliedLabels = SuppliedLabels()) async throws(PDFError) -> Data {
        let parts = pages.map { PrintBook.Part(name: $0.name, html: String(decoding: $0.data, as: UTF8.self)) }
        let paper = paper ?? .default(for: locale)
        guard let page = PrintBook.page(parts, company: company, locale: locale, paper: paper, labels: labels) else {
            throw .nothingToPrint("no page to print")
        }
        return try await pdf(fromHTML: page, paper: paper)
    }
}
