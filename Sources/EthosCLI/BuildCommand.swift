import ArgumentParser
import EthosModel
import EthosPublish
import EthosRender
import EthosScore
import Foundation

/// `ethos build`: the intranet site.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the intranet site: the philosophy, its values, teams and KPIs.",
        discussion: """
            Writes DIR/index.html (the landing page: the company, its vision, the values at \
            a glance and the language chooser), DIR/philosophy.json (the whole model, for other systems), \
            DIR/style.css (the stylesheet every page links; restyle with --templates) and for \
            each locale:
              <locale>/index.html       the philosophy, with <locale>/philosophy.md
              <locale>/values/*.html    each value: action, behaviors, KPIs and
                                        interview questions
              <locale>/teams/*.html     each team: activities, KPIs with targets and
                                        the checklist
              <locale>/onboarding/*     each team's checklist as .html, .md and .csv
              <locale>/kpis.html, standards.html, teams.html
              <locale>/scores.html      with --scores: how the standards fared, window
                                        by window, company-wide and per team

            Every page has a sidebar with the philosophy's parts (past 50 teams, the team \
            index and the current team's neighbours), breadcrumbs, a skip link and a footer \
            with the company, the current revision or 'updated' date and, with \
            --build-date or the SOURCE_DATE_EPOCH environment variable, the build date. \
            Ethos never reads the clock for it, so the same inputs build the same bytes. \
            On a phone the sidebar folds away; a dark screen gets dark colours.

            Links are relative, and pages hold no scripts and load nothing from elsewhere, so \
            the site works from any web server, any sub-path and straight from disk.

            The site is built beside DIR, flushed to the disk and swapped in at once: readers, \
            and a build that is interrupted (even by a power cut), always find a complete \
            site. DIR must be new, empty or a site ethos built; --force replaces any other \
            folder. Two builds of the same file are byte-identical.

            A file with 'revisions' gets a What changed page; with --previous FILE or --git \
            REV it also lists, under the current revision, what changed since that version \
            (as 'ethos diff' says it), in each language.

            --sources DIR also writes the Markdown each page was made from (wikis, other \
            site generators, review); it is not part of the site.

            Headings and navigation come in en, de, sl and nb; for another locale (fr, hr) \
            supply them in a 'labels:' section or with --labels FILE (same shape: locale, \
            label key, text); labels still missing are shown in English, marked lang="en".

            Examples:
              ethos build philosophy.yml -o site
              ethos build philosophy.yml -o /var/www/service --quiet
              ethos build philosophy.yml -o site --build-date 2026-12-01
              export SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
              ethos build philosophy.yml -o site
              ethos build philosophy.yml -o site --sources site-markdown
              ethos build philosophy.yml -o site --labels labels-fr.yml
              ethos build philosophy.yml -o site --git v1.0
              ethos score philosophy.yml --contacts tickets.csv -o scores.json
              ethos build philosophy.yml -o site --scores scores.json
            """
    )

    @OptionGroup var input: PhilosophyFileArgument

    @Option(name: .shortAndLong, help: ArgumentHelp("The site's folder.", valueName: "dir"), completion: .directory)
    var output: String

    @Flag(help: "Replace the folder even if ethos did not build it.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @OptionGroup var templates: TemplateOption

    @OptionGroup var buildDate: BuildDateOption

    @OptionGroup var labels: LabelsOption

    @OptionGroup(title: "What changed") var previousVersion: PreviousVersionOptions

    @Option(help: ArgumentHelp("Also write each page's Markdown into this folder.", valueName: "dir"),
            completion: .directory)
    var sources: String?

    @Option(help: ArgumentHelp("A scorecard (ethos score -o scores.json) to publish.",
                               valueName: "json"),
            completion: .file(extensions: ["json"]))
    var scores: String?

    /// What changed since `--previous` or `--git`, for the What changed page: told in every
    /// locale under the current revision. Without a revision there is no page, which a
    /// warning says.
    private func changes(to philosophy: Philosophy) async throws -> RevisionChanges {
        guard let (previous, name) = try await previousVersion.load(comparingWith: input.file, failure: ExitStatus.problems)
        else { return RevisionChanges() }
        guard let revision = philosophy.currentRevision else {
            FileOutput.standardError.write("\(input.file): warning: the site has no What changed page to show the changes "
                                           + "since \(name) on; add a 'revisions' entry\n")
            return RevisionChanges()
        }
        let report = ChangeReport(changes: philosophy.changes(since: previous), philosophy: philosophy)
        return RevisionChanges(report, version: revision.version)
    }

    /// The scorecard `--scores` names, if any; a file that does not read is a usage error naming it.
    private func scorecard() throws -> Scorecard? {
        guard let scores else { return nil }
        guard let data = FileManager.default.contents(atPath: scores) else {
            FileOutput.standardError.write("\(scores): error: cannot read the file (--scores)\n")
            throw ExitStatus.usage
        }
        do {
            return try Scorecard(json: data)
        } catch {
            let reason = (error as? DecodingError).map(Self.reason) ?? error.localizedDescription
            FileOutput.standardError.write("\(scores): error: not a scorecard of ethos score --format json: \(reason)\n")
            throw ExitStatus.usage
        }
    }

    /// What is wrong with a scorecard's JSON, in one line.
    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context): context.debugDescription + path(context.codingPath)
        case .keyNotFound(let key, let context): "key '\(key.stringValue)' missing" + path(context.codingPath)
        case .typeMismatch(_, let context), .valueNotFound(_, let context): context.debugDescription + path(context.codingPath)
        @unknown default: "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "" : " at " + keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    func run() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let philosophy = try input.load(labels: labels)
        let renderer = SiteRenderer(philosophy: philosophy, templates: try templates.load(), scorecard: try scorecard(),
                                    changes: try await changes(to: philosophy), buildDate: try buildDate.date())
        let bar = quiet ? nil : ProgressBar.onTerminal()
        let summary: SiteBuilder.Summary
        do {
            summary = try SiteBuilder(renderer: renderer).build(into: output, force: force, sources: sources) { done, total in
                bar?.show(done, of: total)
            }
        } catch let error as PublishError {
            bar?.clear()
            FileOutput.standardError.write("error: \(error)\n")
            throw ExitStatus.problems
        }
        bar?.clear()
        if !quiet {
            let seconds = (clock.now - started) / .milliseconds(1) / 1_000
            FileOutput.standardError.write(BuildSummary.line(summary, seconds: seconds, output: output) + "\n")
        }
    }
}

/// The line `ethos build` ends with: `Built 8,012 pages (16,036 files, 41.2 MB) in 0.84 s → site/`.
enum BuildSummary {
    static func line(_ summary: SiteBuilder.Summary, seconds: Double, output: String) -> String {
        let english = Locale(identifier: "en_US")
        let pages = summary.pages.formatted(.number.locale(english).grouping(.automatic))
        let files = summary.files.formatted(.number.locale(english).grouping(.automatic))
        let megabytes = (Double(summary.bytes) / 1_000_000).formatted(.number.locale(english).precision(.fractionLength(1)))
        let time = seconds.formatted(.number.locale(english).precision(.fractionLength(2)))
        let folder = output.hasSuffix("/") ? output : output + "/"
        return "Built \(pages) pages (\(files) files, \(megabytes) MB) in \(time) s → \(folder)"
    }
}
