import ArgumentParser
import EthosModel
import Foundation

/// `ethos init`: writes a commented starter philosophy.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter philosophy.yml that validates clean.",
        discussion: """
            The starter follows a proven template: purpose, support vision, three values with \
            action statements and KPIs, a channel with opening hours, two standards with \
            percentage floors, a recovery plan, a team and onboarding. Texts are provided in \
            English, German, Slovenian and Norwegian; other locales get the English text with \
            a '# translate' comment, and validate with one warning until the headings and \
            other labels are supplied in a 'labels:' section. An existing file is never \
            overwritten without --force.

            Examples:
              ethos init
              ethos init --company "Acme" --locales de,en
              ethos init --company "Acme" -o acme/philosophy.yml --force
            """
    )

    @Option(help: "The organisation's name.")
    var company = "Our Company"

    @Option(help: "Comma-separated locales; the first is the default (e.g. en,de).")
    var locales = "en"

    @Option(name: .shortAndLong, help: "Where to write the file.", completion: Completions.philosophyFile)
    var output = "philosophy.yml"

    @Flag(help: "Overwrite an existing file.")
    var force = false

    /// The locales as written, in the usual case, with a mistaken tag replaced by the one meant
    /// (`no` by `nb`), so the starter uses the texts Ethos has and validates clean.
    var localeList: [LocaleID] {
        writtenLocales.map { $0.likelyIntended ?? $0 }
    }

    private var writtenLocales: [LocaleID] {
        locales.split(separator: ",").map { LocaleID($0.trimmingCharacters(in: .whitespaces)) }
    }

    func validate() throws {
        guard !localeList.isEmpty else { throw ValidationError("--locales needs at least one locale, e.g. en,de") }
        for locale in localeList where !LocaleID.isWellFormed(locale.tag) {
            throw ValidationError("'\(locale.tag)' is not a locale tag; use BCP 47 tags such as en, de-AT or nb")
        }
        guard Set(localeList).count == localeList.count else { throw ValidationError("--locales lists a locale twice") }
        guard !company.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--company must not be empty")
        }
    }

    func run() throws {
        if FileManager.default.fileExists(atPath: output), !force {
            FileOutput.standardError.write("error: \(output) already exists; use --force to overwrite it\n")
            throw ExitStatus.problems
        }
        for written in writtenLocales {
            if let intended = written.likelyIntended, let reason = written.mistakeReason {
                FileOutput.standardError.write("note: \(reason); the starter uses '\(intended)'\n")
            }
        }
        try FileOutput.writeAtomically(StarterFile.render(company: company, locales: localeList), to: output)
        FileOutput.standardOutput.write("""
            Wrote \(output). Next:
              edit it, then check it with: ethos validate \(output)

            """)
    }
}
