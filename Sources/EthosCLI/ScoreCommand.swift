import ArgumentParser
import EthosModel
import EthosRender
import EthosScore
import Foundation

/// `ethos score`: KPI actuals from helpdesk exports, judged against every standard.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Compute KPI actuals from helpdesk exports and judge every standard, window by window.",
        discussion: """
            Reads the contact records a helpdesk or phone system exports (one row a ticket, \
            call or chat), computes every KPI it can (FRT, AHT, FCR, CSAT, NPS, CES), and \
            judges each standard of the philosophy per window (its own window, else per month), \
            company-wide and per team, with the error budget of share objectives. KPIs no \
            export gives (CRR, churn …) come from --actuals.

            Each --contacts file is read with the --map given after it: generic (Ethos's own \
            columns), zendesk, freshdesk, connect (Amazon Connect contact records), or a map \
            file (YAML) for any other tool. A file with no --map after it is read as generic.

            Examples:
              ethos score philosophy.yml --contacts tickets.csv --map zendesk \\
                  --timezone Europe/Berlin
              ethos score philosophy.yml --contacts tickets.csv --locale de \\
                  --format html -o scores.html
              ethos score philosophy.yml --contacts calls.csv --map connect \\
                  --contacts chats.csv --map generic --surveys surveys.csv \\
                  --actuals finance.csv --format json -o scores.json
              ethos build philosophy.yml --scores scores.json -o site

            A bad cell rejects its row with a located problem (tickets.csv:14:2: error: …); \
            rejected rows are counted and listed, never silently dropped. Exit codes: 0 done; \
            1 with --fail-on missed when a standard's last complete window is missed, or with \
            --strict when a row was rejected; 2 for a usage error or an input that cannot be read.
            'ethos help scorecard' describes every formula, window and column map.
            """
    )

    @OptionGroup var input: PhilosophyFileArgument

    @Option(name: .customLong("contacts"), help: ArgumentHelp("A contact export (CSV). Repeat for several files.", valueName: "csv"),
            completion: .file(extensions: ["csv"]))
    var contactFiles: [String] = []

    @Option(name: .customLong("map"),
            help: ArgumentHelp("How the --contacts before it is read: generic, zendesk, freshdesk, connect or a map file (YAML).",
                               valueName: "map"),
            completion: .list(ColumnMap.builtInNames))
    var maps: [String] = []

    @Option(help: ArgumentHelp("Survey answers not tied to a contact (columns id, date, type, score, team, channel).", valueName: "csv"),
            completion: .file(extensions: ["csv"]))
    var surveys: [String] = []

    @Option(help: ArgumentHelp("KPI figures no export gives (columns kpi, window_start, value, team).", valueName: "csv"),
            completion: .file(extensions: ["csv"]))
    var actuals: [String] = []

    @Option(help: ArgumentHelp("The IANA time zone windows are counted in and zone-less times are read in (default: UTC; required for zone-less times).",
                               valueName: "zone"))
    var timezone: String?

    @Option(help: ArgumentHelp("The language of the text, md and html output (default: the file's first locale).", valueName: "locale"),
            completion: Completions.locales(includingAll: false))
    var locale: String?

    @Option(help: "Output format: text, json, md or html (default: from the -o file's extension, else text).")
    var format: ScoreFormat?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.", completion: Completions.outputFile)
    var output: String?

    @Option(help: ArgumentHelp("Windows with fewer counted contacts are not judged (not-enough-data).", valueName: "n"))
    var minSample: Int = 30

    @Option(help: ArgumentHelp("Exit 1 when a standard's last complete window is missed.", valueName: "missed"))
    var failOn: FailOn?

    @Flag(help: "Exit 1 when any row was rejected.")
    var strict = false

    func validate() throws {
        guard !contactFiles.isEmpty || !actuals.isEmpty || !surveys.isEmpty else {
            throw ValidationError("give at least one --contacts file (or --surveys, --actuals)")
        }
        _ = try pairedMaps()
        guard minSample >= 1 else { throw ValidationError("--min-sample must be 1 or more") }
        if let timezone, TimeZone(identifier: timezone) == nil {
            let nearest = Suggestion.closest(to: timezone, among: TimeZone.knownTimeZoneIdentifiers, caseInsensitive: true)
            throw ValidationError("'\(timezone)' is not an IANA time zone" + (nearest.map { "; did you mean '\($0)'?" } ?? " such as Europe/Berlin"))
        }
        if let locale, !LocaleID.isWellFormed(locale) {
            throw ValidationError("'\(locale)' is not a locale tag; use one such as en, de, sl or nb")
        }
    }

    func run() throws {
        let philosophy: Philosophy
        do {
            philosophy = try input.load()
        } catch let error as ExitCode where error == ExitStatus.problems {
            // A philosophy that does not load cannot be scored: an input that cannot be read.
            throw ExitStatus.usage
        }
        let sources = try zip(contactFiles, pairedMaps()).map { path, map in
            ContactSource(path: path, map: try columnMap(map))
        }
        let options = ScoreOptions(contacts: sources, surveys: surveys, actuals: actuals,
                                   timeZone: timezone.flatMap(TimeZone.init(identifier:)), minSample: minSample)
        let scorecard: Scorecard
        do throws(Diagnostic) {
            scorecard = try ScoreEngine.score(philosophy, options: options)
        } catch {
            FileOutput.standardError.write(error.formatted + "\n")
            throw ExitStatus.usage
        }
        let chosen = format ?? output.flatMap(ScoreFormat.init(extensionOf:)) ?? .text
        let data: Data
        switch chosen {
        case .json: data = scorecard.json()
        case .text, .md, .html:
            // Colour only for a person at a terminal who has not asked for none (no-color.org).
            let colour = output == nil && isatty(STDOUT_FILENO) == 1
                && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            let document = ScorecardDocument.render(scorecard, philosophy: philosophy,
                                                    locale: locale.map { LocaleID($0) } ?? philosophy.defaultLocale,
                                                    as: chosen.documentFormat, colour: colour, templates: try TemplateSet.builtIn())
            data = Data(document.utf8)
        }
        if let output {
            try FileOutput.writeAtomically(data, to: output)
        } else {
            FileOutput.standardOutput.write(data)
        }
        reportProblems(scorecard)
        if strict, scorecard.data.rejected > 0 { throw ExitStatus.problems }
        if failOn == .missed, scorecard.standards.contains(where: { $0.lastComplete?.status == .missed }) {
            throw ExitStatus.problems
        }
    }

    /// The map of each contact file: the `--map` that follows it on the command line.
    private func pairedMaps() throws -> [String] {
        do throws(ContactMapPairing.Misplaced) {
            return try ContactMapPairing.maps(for: contactFiles, maps: maps, in: Array(CommandLine.arguments.dropFirst()))
        } catch {
            throw ValidationError(error.message)
        }
    }

    /// The built-in map called `name`, or the map file at that path.
    private func columnMap(_ name: String) throws -> ColumnMap {
        if let builtIn = ColumnMap.builtIn(name) { return builtIn }
        guard name.hasSuffix(".yml") || name.hasSuffix(".yaml") || FileManager.default.fileExists(atPath: name) else {
            let nearest = Suggestion.closest(to: name, among: ColumnMap.builtInNames, caseInsensitive: true)
            throw ValidationError("'\(name)' is not a map: use \(ColumnMap.builtInNames.joined(separator: ", ")) or a map file (.yml)"
                                  + (nearest.map { "; did you mean '\($0)'?" } ?? ""))
        }
        do {
            return try MapFile.load(path: name)
        } catch {
            FileOutput.standardError.write(error.diagnostics.map { $0.formatted + "\n" }.joined())
            throw ExitStatus.usage
        }
    }

    /// Rejected rows and warnings on standard error, the first 20 in full, then a count.
    private func reportProblems(_ scorecard: Scorecard) {
        let shown = scorecard.problems.prefix(20).map { $0.diagnostic.formatted + "\n" }
        var text = shown.joined()
        if scorecard.problems.count > 20 {
            text += "… and \(scorecard.problems.count - 20) more problems (--format json lists them all)\n"
        }
        if scorecard.data.rejected > 0 {
            text += "\(scorecard.data.rejected) of \(scorecard.data.rows) rows rejected\n"
        }
        FileOutput.standardError.write(text)
    }
}

/// How `ethos score` writes the scorecard.
enum ScoreFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, md, html

    /// The format a file name's extension names (`scores.json`), if any.
    init?(extensionOf path: String) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json": self = .json
        case "md", "markdown": self = .md
        case "html", "htm": self = .html
        default: return nil
        }
    }
}

extension ScoreFormat {
    /// The form ``ScorecardDocument`` writes for the formats other than JSON.
    var documentFormat: ScorecardFormat {
        switch self {
        case .md: .markdown
        case .html: .html
        case .text, .json: .text
        }
    }
}

/// What `--fail-on` fails on.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case missed
}
