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

            Links are relative, and pages hold no scripts (but Pagefind's, with search) and \
            load nothing from elsewhere, so the site works from any web server, any \
            sub-path and straight from disk.

            The site is built beside DIR, flushed to the disk and swapped in at once: readers, \
            and a build that is interrupted (even by a power cut), always find a complete \
            site. DIR must be new, empty or a site ethos built; --force replaces any other \
            folder. Two builds of the same file are byte-identical.

            A rebuild renders only the pages whose inputs changed (DIR/.ethos-manifest \
            records them) and keeps the others as they are; the last line says how many. \
            With --sources every page is rendered.

            Where you may write DIR but not the folder above it, the site is staged and \
            locked inside DIR (or in --staging, on the same file system), and each top-level \
            file and folder is swapped in at once: every page a reader gets is whole.

            Search: when Pagefind is found (ETHOS_PAGEFIND, pagefind on the PATH, or \
            pip install pagefind-bin in Python's site-packages) or with --search, the \
            staged site is indexed before the swap and every page gets a search box, whose \
            script is Pagefind's own. --no-search builds the site without.

            A file with 'revisions' gets a What changed page; with --previous FILE or --git \
            REV it also lists, under the current revision, what changed since that version \
            (as 'ethos diff' says it), in each language.

            --sources DIR also writes the Markdown each page was made from (wikis, other \
            site generators, review); it is not part of the site.

            A 'site:' section, or --theme FILE (the same keys in a file of their own), \
            brands the site without copying the templates: a logo (copied into the \
            site as logo.svg, logo.png ...), colours for the light and dark scheme \
            (each text colour must reach 4.5:1 against its background, WCAG AA), a \
            font list and footer links. The theme file's logo, font and footer links \
            replace the section's; its colours replace the section's one by one.

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
              ethos build philosophy.yml -o site --theme brand.yml
              ethos build philosophy.yml -o site --search
              ethos build philosophy.yml -o /var/www/service --staging /var/www-staging
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

    @OptionGroup var theme: ThemeOption

    @OptionGroup(title: "What changed") var previousVersion: PreviousVersionOptions

    @Option(help: ArgumentHelp("Also write each page's Markdown into this folder.", valueName: "dir"),
            completion: .directory)
    var sources: String?

    @OptionGroup var scores: ScoresOption

    @Option(help: ArgumentHelp("Stage the site here, on the site's file system.", valueName: "dir"),
            completion: .directory)
    var staging: String?

    @Flag(inversion: .prefixedNo, help: "Index the site with Pagefind (default: if found).")
    var search: Bool?

    @Option(help: ArgumentHelp("The Pagefind to run (default: looked for).", valueName: "path"),
            completion: .file())
    var pagefind: String?

    /// What changed since `--previous` or `--git`, for the What changed page: told in every
    /// locale under the current revision. Without a revision there is no page, which a
    /// warning says.
    private func changes(to philosophy: Philosophy) async throws -> RevisionChanges {
        guard let previous = try await previousVersion.load(comparingWith: input.file, failure: ExitStatus.problems)
        else { return RevisionChanges() }
        return PreviousVersion.changes(of: philosophy, in: input.file, since: previous)
    }

    /// The Pagefind that indexes the site: `--pagefind`, else the one found, when search is
    /// not off; `--search` or `--pagefind` without a Pagefind that runs is a usage error.
    private func searchIndexer() throws -> Pagefind? {
        guard search != false else { return nil }
        if let pagefind {
            guard FileManager.default.isExecutableFile(atPath: pagefind) else {
                FileOutput.standardError.write("\(pagefind): error: no Pagefind executable here (--pagefind)\n")
                throw ExitStatus.usage
            }
            return Pagefind(executable: pagefind)
        }
        let found = Pagefind.locate()
        if found == nil, search == true {
            FileOutput.standardError.write("error: --search needs Pagefind, which was not found on the PATH, in "
                                           + "ETHOS_PAGEFIND or in Python's site-packages; install it "
                                           + "(pip install pagefind-bin), name it with --pagefind PATH, or build "
                                           + "without --search\n")
            throw ExitStatus.usage
        }
        return found
    }

    func run() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        // The templates compile on another core while the file loads.
        let templateSet = Task { [templates] in try templates.load() }
        let philosophy = try theme.apply(to: try input.load(labels: labels))
        let pagefind = try searchIndexer()
        let renderer = SiteRenderer(philosophy: philosophy, templates: try await templateSet.value, scorecard: try scores.load(),
                                    changes: try await changes(to: philosophy), search: pagefind != nil,
                                    buildDate: try buildDate.date())
        let bar = quiet ? nil : ProgressBar.onTerminal()
        let summary: SiteBuilder.Summary
        do {
            summary = try SiteBuilder(renderer: renderer).build(into: output, force: force, sources: sources,
                                                                 staging: staging, search: pagefind) { done, total in
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

/// The line `ethos build` ends with: `Built 8,012 pages (16,036 files, 41.2 MB) in 0.84 s → site/`;
/// a rebuild says how many files it rendered and how many it kept, their inputs unchanged:
/// `(16,036 files, 41.2 MB; 8 rendered, 16,028 unchanged)`.
enum BuildSummary {
    static func line(_ summary: SiteBuilder.Summary, seconds: Double, output: String) -> String {
        let english = Locale(identifier: "en_US")
        let number = { (count: Int) in count.formatted(.number.locale(english).grouping(.automatic)) }
        let (pages, files) = (number(summary.pages), number(summary.files))
        let megabytes = (Double(summary.bytes) / 1_000_000).formatted(.number.locale(english).precision(.fractionLength(1)))
        let time = seconds.formatted(.number.locale(english).precision(.fractionLength(2)))
        let folder = output.hasSuffix("/") ? output : output + "/"
        let reuse = summary.reused == 0 ? "" : "; \(number(summary.rendered)) rendered, \(number(summary.reused)) unchanged"
        return "Built \(pages) pages (\(files) files, \(megabytes) MB\(reuse)) in \(time) s → \(folder)"
    }
}
