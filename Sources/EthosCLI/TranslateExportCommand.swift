import ArgumentParser
import EthosLoader
import EthosModel
import EthosRender
import Foundation

/// `ethos translate export`: a PO or XLIFF file of a philosophy's texts, or of the built-in
/// labels, for a translator.
struct TranslateExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a philosophy's texts into a PO or XLIFF file.",
        discussion: """
            Every text of the file is written in its default locale (the first of 'locales') \
            with its translation into --locale, and its field path as context (PO msgctxt, \
            XLIFF unit name). A missing translation is left empty; a copy (text marked \
            '# translate', or the same as the source) is kept but flagged fuzzy (PO) or \
            state="initial" (XLIFF), so the translator checks it. The locale need not be \
            listed yet: import adds it.

            With --labels it writes instead the headings and words Ethos puts around the \
            texts (English source, context the label key), with the translation Ethos ships \
            for the language, if any.

            Examples:
              ethos translate export philosophy.yml --locale fr -o fr.po
              ethos translate export philosophy.yml --locale hr --format xliff -o hr.xlf
              ethos translate export philosophy.yml --labels --locale fr -o fr-labels.po
            """
    )

    @OptionGroup var input: PhilosophyFileArgument

    @Option(help: ArgumentHelp("The language to translate into (a BCP 47 tag).", valueName: "locale"))
    var locale: String

    @Option(help: "po or xliff (default: by the -o extension, else po).")
    var format: TranslationFormat?

    @Flag(help: "Export the built-in labels instead of the texts.")
    var labels = false

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.",
            completion: Completions.outputFile)
    var output: String?

    func validate() throws {
        guard LocaleID.isWellFormed(locale) else {
            throw ValidationError("'\(locale)' is not a locale tag; write one such as 'fr', 'hr' or 'de-AT'")
        }
    }

    func run() throws {
        let (philosophy, result) = try input.loadResult()
        let target = LocaleID(locale)
        let original = URL(fileURLWithPath: input.file).lastPathComponent
        let catalog: TranslationCatalog
        if labels {
            catalog = .labels(into: target, company: philosophy.company, original: original)
        } else {
            guard target != philosophy.defaultLocale else {
                throw ValidationError("\(target) is the default locale of \(input.file), the language texts are translated from")
            }
            catalog = .texts(of: philosophy, into: target, marks: result.translationMarks, locations: result.locations,
                             original: original)
        }
        let chosen = format ?? output.flatMap(TranslationFormat.named(byPath:)) ?? .po
        let text = chosen.write(catalog)
        if let output {
            try FileOutput.writeAtomically(text, to: output)
            let untranslated = catalog.entries.filter { $0.state != .translated }.count
            FileOutput.standardError.write("Wrote \(DiagnosticReport.plural(catalog.entries.count, "string")) to "
                                           + "\(output) (\(untranslated) to translate)\n")
        } else {
            FileOutput.standardOutput.write(text)
        }
    }
}

extension TranslationFormat: ExpressibleByArgument {}
