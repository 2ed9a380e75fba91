import ArgumentParser
import EthosRender

/// What `ethos render --format` names: a format of the philosophy, or every team's checklists.
enum RenderFormat: String, CaseIterable, ExpressibleByArgument {
    /// `philosophy.<locale>.md`.
    case md
    /// `philosophy.<locale>.html`.
    case html
    /// `philosophy.<locale>.pdf`, printed by Chromium.
    case pdf
    /// `checklists/<team>.<locale>.md`, `.html` and `.csv` for every team.
    case checklist

    /// What `-o DIR` writes without `--format`: everything but the PDF, which needs Chromium.
    static let defaults: [RenderFormat] = [.md, .html, .checklist]

    /// The formats each team's checklist is written in.
    static let checklistFormats: [DocumentFormat] = [.md, .html, .csv]

    /// The philosophy's format this names; `nil` for the checklists.
    var philosophyFormat: DocumentFormat? {
        switch self {
        case .md: .md
        case .html: .html
        case .pdf: .pdf
        case .checklist: nil
        }
    }

    /// Parses `md,html` into formats, in the order given, each once.
    static func list(_ text: String) throws -> [RenderFormat] {
        var formats: [RenderFormat] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = RenderFormat(rawValue: name) else {
                throw ValidationError("unknown format '\(name)'; --format takes md, html, pdf and checklist, comma-separated")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw ValidationError("--format needs at least one of md, html, pdf, checklist") }
        return formats
    }
}
