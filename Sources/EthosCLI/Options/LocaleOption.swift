import ArgumentParser
import EthosModel

/// `--locale`, for a command that writes in one locale.
struct LocaleOption: ParsableArguments {
    @Option(help: ArgumentHelp("A locale the file lists (default: its first).", valueName: "locale"),
            completion: Completions.locales(includingAll: false))
    var locale: String?

    /// The locale named, or the default; `all` names the default too.
    func chosen(in philosophy: Philosophy, of input: PhilosophyFileArgument) throws -> LocaleID {
        try input.locales(locale, of: philosophy)[0]
    }
}
