import ArgumentParser
import EthosLoader
import EthosModel

/// `--labels FILE`, for a command that renders: words for the built-in labels, laid over the
/// philosophy's `labels:` section entry by entry.
struct LabelsOption: ParsableArguments {
    @Option(help: ArgumentHelp("Words for built-in labels, as in a labels: section.",
                               valueName: "file"),
            completion: .file(extensions: ["yml", "yaml"]))
    var labels: String?

    /// What `loaded` gives, with the file's labels laid over the philosophy's own and the
    /// `labels-fallback` warnings said again for the labels it then has. Without the option,
    /// or for a file with errors, `loaded` as it is. Problems in the labels file are printed
    /// located and stop the command.
    func apply(to loaded: LoadResult) throws -> (philosophy: Philosophy?, diagnostics: [Diagnostic]) {
        do {
            return try Self.overlay(labels, on: loaded)
        } catch {
            FileOutput.standardError.write(error.diagnostics.map { $0.formatted + "\n" }.joined())
            throw ExitStatus.problems
        }
    }

    /// What `apply` gives for the labels file at `path` (none: `loaded` as it is); the file's
    /// problems are thrown rather than printed.
    static func overlay(_ path: String?, on loaded: LoadResult) throws(LabelsFile.Problems)
        -> (philosophy: Philosophy?, diagnostics: [Diagnostic]) {
        guard let path, var philosophy = loaded.philosophy else { return (loaded.philosophy, loaded.diagnostics) }
        philosophy.labels = philosophy.labels.overridden(by: try LabelsFile.load(path: path, locales: philosophy.locales))
        let fallbacks = PhilosophyChecker.labelFallbacks(in: philosophy).map(loaded.locations.locate)
        return (philosophy, Diagnostic.sortedByPosition(loaded.diagnostics.filter { $0.rule != .labelsFallback } + fallbacks))
    }
}
