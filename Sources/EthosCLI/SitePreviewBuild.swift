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
    /// `--labels`, `--templates`, `--scores` and `--theme`.
    let labels: String?
    let templates: String?
    let scores: String?
    let theme: String?
    /// The version `--previous` or `--git` named, read once when the preview starts, for the
    /// What changed page.
    let previous: (philosophy: Philosophy, name: String)?
    /// The folder the site is built into.
    let folder: String

    /// The files whose change makes the preview rebuild: each input the build reads.
    var watched: [WatchedInput] {
        [.file(file)] + [labels, scores, theme].compactMap { $0.map(WatchedInput.file) }
            + [templates].compactMap { $0.map(WatchedInput.folder) }
    }

    /// Builds the site into `folder`, printing a line that says how it went: `ethos build`'s
    /// summary, or the number of problems.
    func callAsFunction() -> PreviewBuild {
        let clock = ContinuousClock()
        let started = clock.now
        switch build() {
        case .success(let summary):
            let seconds = (clock.now - started) / .milliseconds(1) / 1_000
            FileOutput.standardError.write(BuildSummary.line(summary, seconds: seconds, output: folder) + "\n")
            return .built
        case .failure(let problems):
            FileOutput.standardError.write(problems.lines.map { $0 + "\n" }.joined())
            let count = problems.lines.count == 1 ? "1 problem" : "\(problems.lines.count) problems"
            FileOutput.standardError.write("Not built, \(count); the pages list them until they are fixed\n")
            return .problems(problems.lines)
        }
    }

    /// What stopped a build, each as the command line prints it.
    private struct Problems: Error {
        let lines: [String]
    }

    /// Builds the site; warnings are printed, what stopped it is returned.
    private func build() -> Result<SiteBuilder.Summary, Problems> {
        let loaded = PhilosophyLoader.load(path: file)
        do {
            let (overlaid, diagnostics) = try LabelsOption.overlay(labels, on: loaded)
            guard let overlaid else {
                return .failure(Problems(lines: diagnostics.filter { $0.severity == .error }.map(\.formatted)))
            }
            if !diagnostics.isEmpty {
                FileOutput.standardError.write(diagnostics.map { $0.formatted + "\n" }.joined())
            }
            let philosophy = try ThemeOption.apply(theme, to: overlaid)
            let changes = previous.map { PreviousVersion.changes(of: philosophy, in: file, since: $0) } ?? RevisionChanges()
            let renderer = SiteRenderer(philosophy: philosophy, templates: try TemplateOption.templateSet(overriddenBy: templates),
                                        scorecard: try ScoresOption.scorecard(at: scores), changes: changes)
            return .success(try SiteBuilder(renderer: renderer).build(into: folder, force: true))
        } catch let problems as LabelsFile.Problems {
            return .failure(Problems(lines: problems.diagnostics.map(\.formatted)))
        } catch let problems as ThemeFile.Problems {
            return .failure(Problems(lines: problems.diagnostics.map(\.formatted)))
        } catch let error as TemplateError {
            return .failure(Problems(lines: [error.description]))
        } catch let problem as ScoresOption.Problem {
            return .failure(Problems(lines: [problem.message]))
        } catch {
            return .failure(Problems(lines: ["error: \(error)"]))
        }
    }
}
