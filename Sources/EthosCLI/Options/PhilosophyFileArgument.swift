import ArgumentParser
import EthosLoader
import EthosModel

/// The philosophy file of a command that turns one into documents, loaded the same way by
/// each: errors stop the command (printed with file, line and column), warnings are printed
/// and the command goes on.
struct PhilosophyFileArgument: ParsableArguments {
    @Argument(help: "The philosophy file.", completion: Completions.philosophyFile)
    var file: String

    /// The philosophy in the file, with the words of `--labels` when the command takes it.
    func load(labels: LabelsOption? = nil) throws -> Philosophy {
        try loadResult(labels: labels).philosophy
    }

    /// The philosophy in the file (with `--labels` laid over it) and what the loader found
    /// around it: where each field is written and which texts are marked `# translate`.
    func loadResult(labels: LabelsOption? = nil) throws -> (philosophy: Philosophy, result: LoadResult) {
        let result = PhilosophyLoader.load(path: file)
        let (philosophy, diagnostics) = try labels?.apply(to: result) ?? (result.philosophy, result.diagnostics)
        if !diagnostics.isEmpty {
            FileOutput.standardError.write(diagnostics.map { $0.formatted + "\n" }.joined())
        }
        guard let philosophy else { throw ExitStatus.problems }
        return (philosophy, result)
    }

    /// The locales of `philosophy` named by `--locale`: `all`, one listed locale, or (without
    /// the option) the default.
    func locales(_ option: String?, of philosophy: Philosophy) throws -> [LocaleID] {
        try Self.locales(option, of: philosophy, file: file)
    }

    /// The locales of `philosophy` (read from `file`) named by a `--locale` option.
    static func locales(_ option: String?, of philosophy: Philosophy, file: String) throws -> [LocaleID] {
        guard let option, option != "all" else {
            return option == "all" ? philosophy.locales : [philosophy.defaultLocale]
        }
        guard let locale = philosophy.locales.first(where: { $0.tag.lowercased() == option.lowercased() }) else {
            let listed = philosophy.locales.map(\.tag).joined(separator: ", ")
            throw ValidationError("\(file) is published in \(listed); --locale must be one of them or 'all'")
        }
        return [locale]
    }
}
