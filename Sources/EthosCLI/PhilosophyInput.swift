import ArgumentParser
import EthosLoader
import EthosModel
import EthosRender

/// Loading for the commands that turn a philosophy into documents: errors stop the command
/// (printed with file, line and column), warnings are printed and the command goes on.
enum PhilosophyInput {
    static func load(_ file: String) throws -> Philosophy {
        let result = PhilosophyLoader.load(path: file)
        if !result.diagnostics.isEmpty {
            FileOutput.standardError.write(result.diagnostics.map { $0.formatted + "\n" }.joined())
        }
        guard let philosophy = result.philosophy else { throw ExitStatus.problems }
        return philosophy
    }

    /// The templates to render with: the built-in ones, or those overridden by `directory`.
    static func templates(overridesIn directory: String?) throws -> TemplateSet {
        do {
            return try directory.map(TemplateSet.withOverrides(in:)) ?? TemplateSet.builtIn()
        } catch let error as TemplateError {
            FileOutput.standardError.write(error.description + "\n")
            throw ExitStatus.problems
        }
    }

    /// The locales named by `--locale`: `all`, one listed locale, or the default.
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
