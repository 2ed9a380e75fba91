import ArgumentParser
import EthosLoader
import EthosModel

/// `ethos validate`: checks philosophy files against the format.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check philosophy files against the format and report every problem.",
        discussion: """
            Reads each file completely and reports all problems at once, each with its file, \
            line and column, the rule that found it and, where one is likely, a fix:

              philosophy.yml:12:5: error: unknown key 'acton' in a value [unknown-key]
                  fix: did you mean 'action'?

            Checks: unknown keys, wrong types, missing required keys, malformed durations, \
            percentages, windows, locales, dates and phases, objectives that do not fit their \
            KPI, targets outside a KPI's range, references that do not resolve (KPI ids, \
            channels, teams, phases), duplicate names and ids, and missing translations \
            (a warning). Files over 10 MiB, alias bombs, nesting deeper than 64 levels and \
            invalid UTF-8 are rejected quickly with one error. 'ethos help diagnostics' explains \
            every rule and its fix; 'ethos help format' describes the file.

            Exit status: 0 when no errors were found (warnings allowed unless --strict), 1 when \
            problems were found, 2 on a usage error.

            Examples:
              ethos validate philosophy.yml
              ethos validate --strict Examples/*.yml
              ethos validate --format json philosophy.yml > findings.json
            """
    )

    @Argument(help: "The philosophy files to check.", completion: Completions.philosophyFile)
    var files: [String]

    @Option(help: "How to print findings: text or json (an array of {file, line, column, severity, rule, message, fix}).")
    var format: DiagnosticFormat = .text

    @Flag(help: "Treat warnings as failures (exit 1).")
    var strict = false

    func run() throws {
        let report = DiagnosticReport(results: files.map(Self.check))
        switch format {
        case .text: FileOutput.standardOutput.write(report.text())
        case .json: FileOutput.standardOutput.write(try report.json())
        }
        if report.failed(strict: strict) { throw ExitStatus.problems }
    }

    static func check(_ file: String) -> DiagnosticReport.FileResult {
        let result = PhilosophyLoader.load(path: file)
        let summary = result.philosophy.map { philosophy in
            let warnings = result.diagnostics.isEmpty ? "" : " with warnings"
            let counts = [(philosophy.values.count, "value"), (philosophy.standards.count, "standard"),
                          (philosophy.teams.count, "team"), (philosophy.locales.count, "locale")]
            return "valid\(warnings): " + counts.map { DiagnosticReport.plural($0, $1) }.joined(separator: ", ")
        }
        return DiagnosticReport.FileResult(file: file, diagnostics: result.diagnostics, summary: summary)
    }
}
