import ArgumentParser
import EthosLoader
import EthosModel
import Foundation

/// `ethos kpis`: prints the KPI catalogue.
struct KPIsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpis",
        abstract: "Print the KPI catalogue: id, name, unit, direction, range, definition and formula.",
        discussion: """
            The catalogue holds 14 built-in KPIs (NPS, CSAT, CES, FCR, FRT, AHT, CRR, QA, AOV, \
            churn, SQL, MQL, employee-turnover, eNPS) with names, definitions and formulas in \
            English, German, Slovenian and Norwegian. Give a philosophy file to see its own \
            catalogue: the built-ins with its overrides applied, plus its custom KPIs.

            Examples:
              ethos kpis
              ethos kpis --locale de
              ethos kpis --format md --locale sl > kpis-sl.md
              ethos kpis --format json philosophy.yml
            """
    )

    @Argument(help: "A philosophy file whose custom KPIs and overrides to include.", completion: Completions.philosophyFile)
    var file: String?

    @Option(help: "The language of names, definitions and formulas (en, de, sl, nb; others fall back to English).",
            completion: Completions.locales(includingAll: false))
    var locale: String = "en"

    @Option(help: "Output format: text, json or md (a Markdown table).")
    var format: CatalogueFormat = .text

    func validate() throws {
        guard LocaleID.isWellFormed(locale) else {
            throw ValidationError("'\(locale)' is not a locale tag; use one such as en, de, sl or nb")
        }
    }

    func run() throws {
        var catalog = KPICatalog.builtIn
        if let file {
            let result = PhilosophyLoader.load(path: file)
            guard let philosophy = result.philosophy else {
                FileOutput.standardError.write(DiagnosticReport(results: [
                    .init(file: file, diagnostics: result.diagnostics, summary: nil),
                ]).text())
                throw ExitStatus.problems
            }
            catalog = philosophy.kpiCatalog
        }
        let listing = KPIListing(catalog: catalog, locale: LocaleID(locale))
        switch format {
        case .text: FileOutput.standardOutput.write(listing.text())
        case .md: FileOutput.standardOutput.write(listing.markdown())
        case .json: FileOutput.standardOutput.write(try listing.json())
        }
    }
}

/// How `ethos kpis` prints the catalogue.
enum CatalogueFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, md
}
