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
        guard let theme else { return philosophy }
        var themed = philosophy
        do {
            themed.site = try ThemeFile.load(path: theme, over: philosophy.site, locales: philosophy.locales)
        } catch {
            FileOutput.standardError.write(error.diagnostics.map { $0.formatted + "\n" }.joined())
            throw ExitStatus.problems
        }
        return themed
    }
}
