import ArgumentParser
import EthosModel
import EthosPublish
import EthosRender
import Foundation

/// `ethos kit`: the interview and role-play kit for hiring and onboarding.
struct KitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kit",
        abstract: "Write the interview scorecards, role-play cards and pocket card for hiring.",
        discussion: """
            Writes into the folder -o names, each sheet as a page to print and in Markdown:
              index.html                       start here: links every sheet
              interview-scorecards.html, .md   a sheet per value for a structured interview:
                                               its 'hiring' questions, what to look for (its
                                               behaviors), a 1-4 rating scale with anchors,
                                               room for notes, and a summary of every value
              role-play-cards.html, .md        a card per recovery situation: the customer,
                                               what the new hire does and how fast, and what
                                               a good answer includes; several to a page
              pocket-card.html, .md            the values and their action statements
              kit.pdf                          with --pdf: the three sheets printed as one
                                               document, each starting on a new page

            Rate every candidate on the same questions and the same scale, each value on its \
            own, right after the interview: that is what makes an interview structured. A \
            value without 'hiring' questions gets a general prompt on its sheet ('ethos lint' \
            reports it as hiring-missing). With --team, the scorecards name the team the \
            candidate would join.

            Files are written atomically. The kit replaces the files of an earlier kit in the \
            folder and leaves every other file alone; it stops before replacing a file of the \
            same name that an earlier kit did not write, unless --force. The same input \
            always gives byte-identical files.

            --pdf prints kit.pdf with headless Chromium ('apt-get install chromium', or \
            --chromium PATH), on A4 or, for a locale such as en-US, US Letter (or --paper \
            a4|letter), with the company and the sheet's title at the top of every page and \
            page numbers at the foot.

            Examples:
              ethos kit philosophy.yml -o kit
              ethos kit philosophy.yml --team Support -o kit/support
              ethos kit philosophy.yml --locale de -o kit-de
              ethos kit philosophy.yml --team Support --pdf -o kit
            """
    )

    @OptionGroup var input: PhilosophyFileArgument

    @Option(help: ArgumentHelp("The team the candidates would join, by name in any locale, or by slug.",
                               valueName: "name"), completion: Completions.teams)
    var team: String?

    @OptionGroup var locale: LocaleOption

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created when missing).", valueName: "dir"),
            completion: .directory)
    var output: String

    @Flag(help: "Replace files with the kit's names even if an earlier kit did not write them.")
    var force = false

    @OptionGroup var templates: TemplateOption

    @OptionGroup var labels: LabelsOption

    @Flag(help: "Add kit.pdf, the sheets as one PDF (needs Chromium).")
    var pdf = false

    @OptionGroup var printing: PDFOptions

    func run() async throws {
        let printer = pdf ? try printing.printer() : nil
        let philosophy = try input.load(labels: labels)
        let locale = try locale.chosen(in: philosophy, of: input)
        let chosen = try team.map { try TeamChoice.find($0, in: philosophy, file: input.file) }
        let kit = KitRenderer(philosophy: philosophy, templates: try templates.load())
        var files = kit.files(team: chosen, locale: locale)
        if let printer {
            let pages = KitRenderer.printPages(of: files)
            let data = try await printer.pdf(ofPages: pages, company: philosophy.company, locale: locale,
                                         paper: printing.paper?.paper, labels: philosophy.labels)
            files.append(PackRenderer.File(name: Self.pdfName, data: data))
        }
        try refuseToReplaceOtherFiles(named: files.map(\.name))
        noteValuesWithoutQuestions(philosophy, locale: locale)
        try RenderedFiles.write(files.map { ($0.name, $0.data) }, into: output)
        let index = (output.hasSuffix("/") ? output : output + "/") + KitSheet.indexFileName
        FileOutput.standardOutput.write(
            "Wrote \(DiagnosticReport.plural(files.count, "file")) to \(output) (\(locale.tag)); open \(index)\n")
    }

    /// The printed kit's file name.
    static let pdfName = "kit.pdf"

    /// Says which values' scorecards have only the general prompt, as `ethos lint` would
    /// (`hiring-missing`), unless the file silences that rule.
    private func noteValuesWithoutQuestions(_ philosophy: Philosophy, locale: LocaleID) {
        let rule: RuleID = "hiring-missing"
        guard !(philosophy.lint?.disable.contains(rule) ?? false) else { return }
        let names = philosophy.values.filter { $0.hiring.isEmpty && !$0.lintIgnore.contains(rule) }
            .map { "'\(philosophy.text($0.name, in: locale))'" }
        guard !names.isEmpty else { return }
        FileOutput.standardError.write(
            "note: \(names.joined(separator: ", ")) \(names.count == 1 ? "has" : "have") no interview questions; "
                + "\(names.count == 1 ? "its scorecard asks" : "their scorecards ask") a general question instead "
                + "(add 'hiring' to the value, see 'ethos lint --explain \(rule)')\n")
    }

    /// Stops before the kit writes into a file that is not a folder, or replaces a file of
    /// its names in a folder no kit was written to (a mistyped -o naming a site or a
    /// project), unless --force.
    private func refuseToReplaceOtherFiles(named names: [String]) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            FileOutput.standardError.write("error: \(output) exists and is not a folder; -o names the folder the kit goes into\n")
            throw ExitStatus.problems
        }
        guard !force, !Self.holdsKit(output) else { return }
        let folder = URL(fileURLWithPath: output)
        let taken = names.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
        guard !taken.isEmpty else { return }
        FileOutput.standardError.write(
            "error: \(output) holds \(taken.joined(separator: ", ")) but no earlier kit; choose another folder, "
                + "or give --force to replace \(taken.count == 1 ? "it" : "them")\n")
        throw ExitStatus.problems
    }

    /// Whether `folder` holds a kit Ethos wrote: its scorecards page, laid out as the kit's.
    private static func holdsKit(_ folder: String) -> Bool {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(KitSheet.interviewScorecards.fileName(.html)).path
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return String(decoding: data, as: UTF8.self).contains(#"<div class="kit-sheets">"#)
    }
}
