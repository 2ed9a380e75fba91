import ArgumentParser
import EthosServe
import Foundation

/// `ethos serve`: the site, live, for people editing the philosophy.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the intranet site, rebuilt and reloaded as you edit the file.",
        discussion: """
            Builds the site as 'ethos build' does, into a temporary folder, and serves it \
            at http://127.0.0.1:PORT/ (this machine only; never another address). The \
            address is printed when the site is ready.

            When the philosophy file, a file under --templates, the --labels, --scores \
            or --theme file changes, the site is rebuilt and every open page reloads. The \
            pages served carry a small script for that (a WebSocket to /_ethos/reload); \
            the files 'ethos build' writes never hold it.

            While the file has errors, every page shows them instead (file:line:col: \
            message [rule-id], with HTTP status 500), not the last good site, so what \
            you see is never out of date; fix the file and the site comes back.

            With --previous FILE or --git REV the What changed page lists what changed \
            since that version, read once when the server starts.

            --port 0 picks a free port. Ctrl-C stops the server and removes the \
            temporary folder.

            Examples:
              ethos serve philosophy.yml
              ethos serve philosophy.yml --port 9000 --templates my-templates
              ethos serve philosophy.yml --labels labels-fr.yml --scores scores.json
              ethos serve philosophy.yml --git HEAD     # what changed since the commit
            """
    )

    @OptionGroup var input: PhilosophyFileArgument

    @Option(help: ArgumentHelp("The port on 127.0.0.1 (0: a free one).", valueName: "port"))
    var port: UInt16 = 8080

    @OptionGroup var templates: TemplateOption

    @OptionGroup var labels: LabelsOption

    @OptionGroup var scores: ScoresOption

    @OptionGroup var theme: ThemeOption

    @OptionGroup(title: "What changed") var previousVersion: PreviousVersionOptions

    func run() async throws {
        // A file with errors is served as its problems until it is fixed; a name that is
        // not a file is a typo, which no edit of the file will fix.
        guard FileManager.default.isReadableFile(atPath: input.file) else {
            FileOutput.standardError.write("\(input.file): error: no file to serve: cannot read it\n")
            throw ExitStatus.problems
        }
        let previous = try await previousVersion.load(comparingWith: input.file, failure: ExitStatus.problems)
        let temporary = try ServeFolder()
        defer { temporary.remove() }
        let build = SitePreviewBuild(file: input.file, labels: labels.labels, templates: templates.templates,
                                     scores: scores.scores, theme: theme.theme, previous: previous, folder: temporary.site)
        let preview = LivePreview(folder: temporary.site, port: port, watching: build.watched) { build() }
        let file = input.file
        let serving = Task {
            try await preview.run { url in
                FileOutput.standardOutput.write("Serving \(file) at \(url.absoluteString) (Ctrl-C stops)\n")
            }
        }
        let stop = StopSignals { serving.cancel() }
        defer { stop.cancel() }
        do {
            try await serving.value
        } catch where serving.isCancelled {
            FileOutput.standardError.write("Stopped.\n")
        } catch {
            FileOutput.standardError.write("error: cannot serve on 127.0.0.1:\(port): \(error.localizedDescription); "
                                           + "--port 0 picks a free port\n")
            throw ExitStatus.problems
        }
    }
}
