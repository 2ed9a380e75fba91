import ArgumentParser
import EthosRender

/// What `ethos checklist --format` names: the checklist's formats that print on their own.
enum ChecklistFormat: String, CaseIterable, ExpressibleByArgument {
    case md, html, csv, pdf

    /// The format of the file written.
    var documentFormat: DocumentFormat {
        switch self {
        case .md: .md
        case .html: .html
        case .csv: .csv
        case .pdf: .pdf
        }
    }
}

extension ChecklistCSVStyle: ExpressibleByArgument {}
