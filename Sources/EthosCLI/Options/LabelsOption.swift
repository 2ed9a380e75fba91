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

    /// `philosophy` with the file's labels laid over its own, and the `labels-fallback`
    /// warnings of `loaded` said again for the labels it then has. Problems in the file are
    /// printed located and stop the command.
    func apply(to philosophy: Philosophy, loaded: LoadResult) throws -> (Philosophy, [Diagnostic]) {
        guard let labels else { return (philosophy, loaded.diagnostics) }
        do {
            var supplied = philosophy
            supplied.labels = philosophy.labels.overridden(by: try LabelsFile.load(path: labels, locales: philosophy.locales))
            let fallbacks = PhilosophyChecker.labelFallbacks(in: supplied).map(loaded.locations.locate)
            return (supplied, Diagnostic.sortedByPosition(loaded.diagnostics.filter { $0.rule != .labelsFallback } + fallbacks))
        } catch {
            FileOutput.standardError.write(error.diagnostics.map { $0.formatted + "\n" }.joined())
            throw ExitStatus.problems
        }
    }
}
