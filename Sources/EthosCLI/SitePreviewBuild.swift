import EthosLoader
import EthosModel
import EthosPublish
import EthosRender
import EthosServe
import Foundation

/// One build of `ethos serve`'s site, the same as `ethos build` makes: what stops it is
/// returned as problems for the page that stands in for the site, and printed as `build`
/// prints it.
struct SitePreviewBuild: Sendable {
    /// The philosophy file.
    let file: String
    /// `--labels`, `--templates` and `--scores`.
    let labels: String?
    let templates: String?
    let scores: String?
    /// The folder the site is built into.
    let folder: String

    /// The files whose change makes the preview rebuild: each input the build reads.
    var watched: [WatchedInput] {
        [.file(file)] + [labels, scores].compactMap { $0.map(WatchedInput.file) }
            + [templates].compactMap { $0.map(WatchedInput.folder) }
    }

    /// Builds the site into `folder`, printing a line that says how it went.
    func callAsFunction() -> PreviewBuild {
        let clock = ContinuousClock()
        let started = clock.now
        let problems = build()
        if problems.isEmpty {
            let seconds = (clock.now - started) / .milliseconds(1) / 1_000
            let time = seconds.formatted(.number.locale(Locale(identifier: "en_US")).precision(.fractionLength(2)))
            FileOutput.standardError.write("Built in \(time) s\n")
            return .built
        }
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        FileOutput.standardError.write("Not built, \(count); the pages list them until they are fixed\n")
        return .problems(problems)
    }

    /// Builds the site; what stopped it, or nothing.
    private func build() -> [String] {
        let loaded = PhilosophyLoader.load(path: file)
        do {
            let (philosophy, diagnostics) = try LabelsOption.overlay(labels, on: loaded)
            if !diagnostics.isEmpty {
                FileOutput.standardError.write(diagnostics.map { $0.formatted + "\n" }.joined())
            }
            guard let philosophy else { return diagnostics.filter { $0.severity == .error }.map(\.formatted) }
            let renderer = SiteRenderer(philosophy: philosophy, templates: try TemplateOption.templateSet(overriddenBy: templates),
                                        scorecard: try ScoresOption.scorecard(at: scores))
            _ = try SiteBuilder(renderer: renderer).build(into: folder, force: true)
            return []
        } catch let problems as LabelsFile.Problems {
            return printed(problems.diagnostics.map(\.formatted))
        } catch let error as TemplateError {
            return printed([error.description])
        } catch let problem as ScoresOption.Problem {
            return printed([problem.message])
        } catch {
            return printed(["error: \(error)"])
        }
    }

    private func printed(_ problems: [String]) -> [String] {
        FileOutput.standardError.write(problems.map { $0 + "\n" }.joined())
        return problems
    }
}
