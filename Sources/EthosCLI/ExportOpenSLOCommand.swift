import ArgumentParser
import EthosModel
import EthosScore
import Foundation

/// `ethos export openslo`: the service standards as OpenSLO v1 documents.
struct ExportOpenSLOCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openslo",
        abstract: "Write the standards as OpenSLO v1 documents: a Service and SLOs.",
        discussion: """
            Writes DIR/openslo.yaml: one YAML stream holding a Service named after the \
            company, then one SLO per standard, in the file's order. Every SLO is a ratio \
            of events with budgetingMethod Occurrences and the standard's share as target:
              share: 90%, within: 2m   good: contacts within 2m; total: contacts
              at-least: 85% (CSAT)     good: good answers; total: answers
              at-most: 5% (churn)      the figure --actuals gives, of failures; target 95%
            Its metricSource (type ethos-score) names the figure of 'ethos score' --format \
            json to read, with the jq query that reads it.

            A window of month (or none) becomes a calendar window of 1M from 2024-01-01 \
            in --timezone; day, week, quarter and year likewise; 28d becomes a rolling \
            28d window. metadata.name is the standard's id as a DNS label.

            A standard OpenSLO cannot express is left out with a located warning \
            [openslo-skipped]: a 100 % target (no error budget), and a median or mean \
            time, a score (NPS, CES) or an amount, which are no share of good events.

            The file is written atomically; the same input always gives the same bytes. \
            Exit codes: 0 written (warnings included); 1 the philosophy has errors \
            (nothing is written) or the file cannot be written; 2 a usage error.
            'ethos help openslo' describes the mapping rule by rule.

            Examples:
              ethos export openslo philosophy.yml -o slo
              ethos export openslo philosophy.yml -o slo --timezone Europe/Berlin
              ethos export openslo philosophy.yml -o slo --locale de
            """
    )

    /// The file written into the output folder.
    static let fileName = "openslo.yaml"

    @OptionGroup var input: PhilosophyFileArgument

    @OptionGroup var locale: LocaleOption

    @Option(help: ArgumentHelp("The IANA time zone calendar windows are counted in.", valueName: "zone"))
    var timezone = "UTC"

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write openslo.yaml into (created when missing).",
                                                    valueName: "dir"),
            completion: .directory)
    var output: String

    func validate() throws {
        // OpenSLO validators read the zone with Go's time.LoadLocation: an IANA name, not an
        // abbreviation or offset that Foundation would also accept.
        guard timezone == "UTC" || TimeZone.knownTimeZoneIdentifiers.contains(timezone) else {
            let nearest = Suggestion.closest(to: timezone, among: TimeZone.knownTimeZoneIdentifiers, caseInsensitive: true)
            throw ValidationError("'\(timezone)' is not an IANA time zone"
                + (nearest.map { "; did you mean '\($0)'?" } ?? " such as Europe/Berlin"))
        }
    }

    func run() throws {
        let (philosophy, result) = try input.loadResult()
        let locations = result.locations
        let export = OpenSLOExport(philosophy, locale: try locale.chosen(in: philosophy, of: input), timeZone: timezone)
        let path = (output.hasSuffix("/") ? output : output + "/") + Self.fileName
        try FileOutput.writeAtomically(try OpenSLOYAML.text(of: export.documents), to: path)
        FileOutput.standardError.write(export.skipped.map { locations.locate($0).formatted + "\n" }.joined())
        let objectives = export.documents.count - 1
        let skipped = export.skipped.isEmpty ? "" : "; skipped \(DiagnosticReport.plural(export.skipped.count, "standard"))"
        FileOutput.standardOutput.write("Wrote \(path): a Service and \(DiagnosticReport.plural(objectives, "SLO"))\(skipped)\n")
    }
}
