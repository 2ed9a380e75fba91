import ArgumentParser
import EthosLint
import EthosLoader
import EthosModel

/// `ethos lint`: checks philosophy files against the advice that makes a philosophy work.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check philosophy files against the advice that makes a philosophy work.",
        discussion: """
            Runs every check of 'ethos validate' first, then reads the file the way a careful \
            editor would, with the advice of the source articles: a few memorable values written \
            as actions, a KPI behind every value, standards with a window, an owner, a source and \
            a floor such as 90 % instead of 100 %, opening hours with an automatic reply outside \
            them, no promise of 24/7 without a channel staffed 24/7, a fast public answer when \
            things go wrong, refreshers in training. Each finding names its rule:

              philosophy.yml:23:5: warning: standard 'nps' has no owner [standard-no-owner]
                  fix: add 'owner:' with the name of the team that answers for it

            Severities are error, warning and info; info never fails a run. 'ethos lint --rules' \
            lists the rules, 'ethos lint --explain RULE' gives the reason behind one, and \
            'ethos help lint-rules' is the whole reference.

            Silence a rule in the file itself, for the whole file or for one value, standard, \
            channel or team, and say why in a comment:

              lint:
                disable: [hiring-missing]     # an agency runs our interviews
              teams:
                - name: HR
                  lint-ignore: [kpi-orphan]   # turnover is HR's own measure

            With --git REV (or --previous FILE) the file is also compared with that version, \
            as 'ethos diff' does: a change of substance while 'revisions' still ends with the \
            same version is a revision-missing warning.

            Exit status: 0 when no errors were found (warnings allowed unless --strict), 1 when \
            problems were found, 2 on a usage error.

            Examples:
              ethos lint philosophy.yml
              ethos lint --strict Examples/*.yml
              ethos lint --format json philosophy.yml > findings.json
              ethos lint philosophy.yml --git main
              ethos lint --rules
              ethos lint --explain value-cliche
            """
    )

    @Argument(help: "The philosophy files to check.", completion: Completions.philosophyFile)
    var files: [String] = []

    @Option(help: "How to print findings (an array of {file, line, column, severity, rule, message, fix}) and rules: text or json.")
    var format: DiagnosticFormat = .text

    @OptionGroup(title: "Revisions") var previousVersion: PreviousVersionOptions

    @Flag(help: "Treat warnings as failures (exit 1).")
    var strict = false

    @Flag(help: "List every rule with its severity and what it looks for.")
    var rules = false

    @Option(help: ArgumentHelp("Explain one rule: why it matters, how it decides, how to fix and silence it.",
                               valueName: "rule"), completion: Completions.lintRules)
    var explain: String?

    func validate() throws {
        if let explain, Linter.rule(RuleID(rawValue: explain)) == nil {
            let nearest = Suggestion.closest(to: explain, among: Linter.rules.map(\.id.rawValue), caseInsensitive: true)
            throw ValidationError("no lint rule is named '\(explain)'; "
                                  + (nearest.map { "did you mean '\($0)'?" } ?? "'ethos lint --rules' lists them"))
        }
        if rules, explain != nil { throw ValidationError("give either --rules or --explain, not both") }
        if rules || explain != nil {
            guard files.isEmpty else { throw ValidationError("--rules and --explain take no files") }
        } else if files.isEmpty {
            throw ValidationError("give the philosophy files to lint, or --rules, or --explain RULE")
        }
        if previousVersion.isGiven, files.count != 1 {
            throw ValidationError("--git and --previous compare one file; name one")
        }
    }

    func run() async throws {
        if rules || explain != nil {
            let listing = LintRuleListing(rules: Linter.rules)
            let selected = explain.flatMap { Linter.rule(RuleID(rawValue: $0)) }
            switch (format, selected) {
            case (.text, let rule?): FileOutput.standardOutput.write(listing.explanation(of: rule))
            case (.text, nil): FileOutput.standardOutput.write(listing.text())
            case (.json, let rule?): FileOutput.standardOutput.write(try listing.json([rule]))
            case (.json, nil): FileOutput.standardOutput.write(try listing.json(Linter.rules))
            }
            return
        }
        let previous = try await previousVersion.load(comparingWith: files[0], failure: ExitStatus.problems)
        let report = DiagnosticReport(results: files.map { Self.lint($0, previous: previous) })
        switch format {
        case .text: FileOutput.standardOutput.write(report.text())
        case .json: FileOutput.standardOutput.write(try report.json())
        }
        if report.failed(strict: strict) { throw ExitStatus.problems }
    }

    static func lint(_ file: String, previous: (philosophy: Philosophy, name: String)? = nil) -> DiagnosticReport.FileResult {
        let result = PhilosophyLoader.load(path: file)
        let findings = Linter.lint(result, previous: previous?.philosophy, previousName: previous?.name ?? "")
        let summary: String? = if result.philosophy == nil {
            "not linted: the advice is checked once the errors are fixed"
        } else if findings.isEmpty {
            "clean: follows all \(Linter.rules.count) rules"
        } else {
            nil
        }
        return DiagnosticReport.FileResult(file: file, diagnostics: findings, summary: summary)
    }
}
