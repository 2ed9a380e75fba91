import EthosModel
import EthosRender
import Foundation

/// The files `ethos render -o DIR` writes, by path relative to DIR.
enum RenderedFiles {
    static func make(_ philosophy: Philosophy, formats: [RenderFormat], locales: [LocaleID], start: CalendarDate?,
                     holidays: [Holiday] = [], renderer: DocumentRenderer) throws -> [(path: String, data: Data)] {
        var files: [(path: String, data: Data)] = []
        for locale in locales {
            for format in formats {
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
