import EthosModel
import EthosRender
import Foundation

/// The files `ethos render -o DIR` writes, by path relative to DIR.
enum RenderedFiles {
    static func make(_ philosophy: Philosophy, formats: [RenderFormat], locales: [LocaleID], start: CalendarDate?,
                     renderer: DocumentRenderer) -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        for locale in locales {
            for format in formats {
                switch format {
                case .md:
                    files.append(("philosophy.\(locale.tag).md", renderer.philosophyMarkdown(philosophy, locale: locale)))
                case .html:
                    files.append(("philosophy.\(locale.tag).html", renderer.philosophyHTML(philosophy, locale: locale)))
                case .checklist:
                    for checklist in ChecklistBuilder.makeAll(in: philosophy, locale: locale, start: start) {
                        let base = "checklists/\(checklist.teamSlug).\(locale.tag)"
                        files.append((base + ".md", renderer.checklistMarkdown(checklist)))
                        files.append((base + ".html", renderer.checklistHTML(checklist)))
                        files.append((base + ".csv", renderer.checklistCSV(checklist)))
                    }
                }
            }
        }
        return files
    }

    /// Writes each file atomically under `directory`, creating folders as needed.
    static func write(_ files: [(path: String, text: String)], into directory: String) throws {
        let root = URL(fileURLWithPath: directory)
        for file in files {
            try FileOutput.writeAtomically(file.text, to: root.appendingPathComponent(file.path).path)
        }
    }
}
