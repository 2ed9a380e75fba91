import ArgumentParser
import EthosLoader
import EthosModel

/// `ethos translate status`: how much of a philosophy is translated, per locale.
struct TranslateStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Print how much each locale has translated.",
        discussion: """
            Counts every text per listed locale as translated (its own text), shared (one \
            plain string for every locale, such as a name), copied (marked '# translate', or \
            the same as the default locale's text) or missing (it falls back to another \
            locale), with the share translated or shared, then lists the copied and missing \
            texts by field path and line.

            Exit status: 0 when every locale is complete, 1 when a text is copied or missing \
            (or the file has errors), 2 on a usage error.

            Examples:
              ethos translate status philosophy.yml
              ethos translate status philosophy.yml --format json > coverage.json
            """
    )

    @OptionGroup var input: PhilosophyFileArgument

    @Option(help: "text, or json (an object with one entry per locale).")
    var format: DiagnosticFormat = .text

    func run() throws {
        let (philosophy, result) = try input.loadResult()
        let coverage = TranslationCoverage.of(philosophy, marks: result.translationMarks)
        switch format {
        case .text: FileOutput.standardOutput.write(text(coverage, philosophy, result.locations))
        case .json: FileOutput.standardOutput.write(json(coverage, philosophy, result.locations).serialized())
        }
        if coverage.contains(where: { !$0.isComplete }) { throw ExitStatus.problems }
    }

    private func text(_ coverage: [TranslationCoverage], _ philosophy: Philosophy, _ locations: FieldLocations) -> String {
        let total = coverage.first?.total ?? 0
        var lines = ["\(input.file): \(DiagnosticReport.plural(total, "text")) in "
                     + "\(DiagnosticReport.plural(coverage.count, "locale")), translated from \(philosophy.defaultLocale)"]
        let width = coverage.map(\.locale.tag.count).max() ?? 2
        for locale in coverage {
            let counts = TranslationState.allCases.map { "\(locale.counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
            let tag = locale.locale.tag.padding(toLength: width, withPad: " ", startingAt: 0)
            let percent = String(locale.percent).leftPadded(to: 3)
            lines.append("  \(tag)  \(percent) %  \(counts)")
        }
        for locale in coverage where !locale.isComplete {
            lines.append("")
            lines.append("\(locale.locale): \(locale.untranslated.count) to translate")
            for (path, state) in locale.untranslated {
                lines.append("  \(locations.location(of: path.key(locale.locale.tag))): \(state.rawValue) \(path)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func json(_ coverage: [TranslationCoverage], _ philosophy: Philosophy, _ locations: FieldLocations) -> JSONValue {
        .object([
            "file": .string(input.file),
            "default-locale": .string(philosophy.defaultLocale.tag),
            "texts": .number(Double(coverage.first?.total ?? 0)),
            "locales": .array(coverage.map { locale in
                var members: [String: JSONValue] = [
                    "locale": .string(locale.locale.tag),
                    "percent": .number(Double(locale.percent)),
                    "untranslated": .array(locale.untranslated.map { path, state in
                        let location = locations.location(of: path.key(locale.locale.tag))
                        return ["path": .string(path.text), "state": .string(state.rawValue),
                                "line": .number(Double(location.line)), "column": .number(Double(location.column))]
                    }),
                ]
                for state in TranslationState.allCases { members[state.rawValue] = .number(Double(locale.counts[state] ?? 0)) }
                return .object(members)
            }),
        ])
    }
}

extension String {
    /// The string with leading spaces up to `length` characters.
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: " ", count: max(0, length - count)) + self
    }
}
