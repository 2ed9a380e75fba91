import EthosModel
import EthosPublish
import EthosRender
import Foundation

/// The files `ethos render -o DIR` writes, by path relative to DIR.
enum RenderedFiles {
    /// The files for `formats` in each of `locales`; the PDFs (`pdf` in `formats`) printed
    /// with `printer` on `paper`.
    static func make(_ philosophy: Philosophy, formats: [RenderFormat], locales: [LocaleID], start: CalendarDate?,
                     holidays: [Holiday] = [], renderer: DocumentRenderer, printer: PDFPrinter? = nil, paper: Paper? = nil)
        async throws -> [(path: String, data: Data)] {
        var files: [(path: String, data: Data)] = []
        for locale in locales {
            for format in formats {
                if format == .pdf, let printer {
                    let data = try await printer.pdf(.philosophy(philosophy, locale: locale), renderer: renderer, paper: paper)
                    files.append(("philosophy.\(locale.tag).pdf", data))
                    continue
                }
                if let format = format.philosophyFormat {
                    let data = try renderer.render(.philosophy(philosophy, locale: locale), as: format)
                    files.append(("philosophy.\(locale.tag).\(format.fileExtension)", data))
                    continue
                }
                for checklist in ChecklistBuilder.makeAll(in: philosophy, locale: locale, start: start, holidays: holidays) {
                    for format in RenderFormat.checklistFormats {
                        let path = "checklists/\(checklist.teamSlug).\(locale.tag).\(format.fileExtension)"
                        files.append((path, try renderer.render(.checklist(checklist), as: format)))
                    }
                }
            }
        }
        return files
    }

    /// Writes each file atomically under `directory`, creating folders as needed.
    static func write(_ files: [(path: String, data: Data)], into directory: String) throws {
        let root = URL(fileURLWithPath: directory)
        for file in files {
            try FileOutput.writeAtomically(file.data, to: root.appendingPathComponent(file.path).path)
        }
    }
}
