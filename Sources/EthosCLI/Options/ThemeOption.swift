import ArgumentParser
import EthosLoader
import EthosModel

/// `--theme FILE`, for a command that builds the site: a theme file (the keys of a `site:`
/// section) laid over the philosophy's own `site:` section.
struct ThemeOption: ParsableArguments {
    @Option(help: ArgumentHelp("Logo, colours, font and footer links, as in site:.",
                               valueName: "file"),
            completion: .file(extensions: ["yml", "yaml"]))
    var theme: String?

    /// `philosophy` with the theme file laid over its `site:` section; without the option,
    /// `philosophy` as it is. Problems in the theme file are printed located in it and stop
    /// the command.
    func apply(to philosophy: Philosophy) throws -> Philosophy {
        do {
            return try Self.apply(theme, to: philosophy)
        } catch {
            FileOutput.standardError.write(error.diagnostics.map { $0.formatted + "\n" }.joined())
            throw ExitStatus.problems
        }
    }

    /// `philosophy` with the theme file at `path` (when there is one) laid over its `site:`
    /// section; the theme file's problems are thrown, for a caller that shows them its way
    /// (`ethos serve`'s problems page).
    static func apply(_ path: String?, to philosophy: Philosophy) throws(ThemeFile.Problems) -> Philosophy {
        guard let path else { return philosophy }
        var themed = philosophy
        themed.site = try ThemeFile.load(path: path, over: philosophy.site, locales: philosophy.locales)
        return themed
    }
}
