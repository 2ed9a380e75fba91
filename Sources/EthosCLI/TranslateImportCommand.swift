import ArgumentParser
import EthosLoader
import EthosModel
import EthosRender
import Foundation

/// `ethos translate import`: a translator's PO or XLIFF file written back into the philosophy.
struct TranslateImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write a PO or XLIFF file back into a philosophy.",
        discussion: """
            Each translated entry is written at the text its context names, keeping the \
            file's comments and layout: a plain string becomes a mapping with one entry per \
            locale, a mapping gets its entry for the language added or replaced (and a \
            '# translate' mark after it removed). The language (PO 'Language', XLIFF \
            trgLang) is added to 'locales' when missing. Empty and fuzzy entries are skipped.

            A labels file ('export --labels') is written into the 'labels:' section: \
            labels, then the locale, then each key with its text.

            An entry whose context names no text, or whose source text has changed since \
            the export, is skipped and reported at its line in the PO or XLIFF file. The \
            result is loaded again before it is written, atomically; a file with nothing to \
            change stays byte-identical.

            Exit status: 0 when every entry was imported or skipped as untranslated, 1 when \
            an entry had a problem or nothing could be written, 2 on a usage error.

            Examples:
              ethos translate import philosophy.yml fr.po
              ethos translate import philosophy.yml hr.xlf
              ethos translate import philosophy.yml fr-labels.po
            """
    )

    @OptionGroup var input: PhilosophyFileArgument

    @Argument(help: "The translated PO (.po) or XLIFF (.xlf, .xliff) file.", completion: .file(extensions: ["po", "xlf", "xliff"]))
    var translations: String

    func run() throws {
        let exchange: TranslationFile
        switch TranslationFile.read(path: translations) {
        case .success(let file): exchange = file
        case .failure(let problem): try fail(problem)
        }
        let outcome: TranslationImport
        switch TranslationImport.apply(exchange, toPhilosophyAt: input.file, labels: Self.englishLabels) {
        case .success(let result): outcome = result
        case .failure(let refusal): try fail(refusal)
        }
        if !outcome.problems.isEmpty {
            FileOutput.standardError.write(outcome.problems.map { $0.formatted + "\n" }.joined())
        }
        if outcome.hasChanges { try FileOutput.writeAtomically(outcome.text, to: input.file) }
        let target = exchange.targetLocale
        let added = outcome.addedLocale ? "; added \(target) to 'locales'" : ""
        let count = outcome.problems.count
        let skipped = count == 0 ? "" : "; \(count) \(count == 1 ? "entry" : "entries") skipped"
        FileOutput.standardOutput.write("Imported \(DiagnosticReport.plural(outcome.changed.count, "\(target) translation")) "
                                        + "into \(input.file)\(added)\(skipped)\n")
        if count > 0 { throw ExitStatus.problems }
    }

    /// Every label key with its English text, the source of a labels export.
    static let englishLabels = Dictionary(uniqueKeysWithValues: TranslationCatalog.labels(into: "en", company: "", original: "")
        .entries.map { ($0.context, $0.source) })

    private func fail(_ problem: Diagnostic) throws -> Never {
        FileOutput.standardError.write(problem.formatted + "\n")
        throw ExitStatus.problems
    }
}
