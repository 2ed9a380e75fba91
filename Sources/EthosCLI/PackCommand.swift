import ArgumentParser
import EthosModel
import EthosPublish
import EthosRender
import Foundation

/// `ethos pack`: onboarding packs for new hires.
struct PackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Zip a new hire's onboarding pack: philosophy, team page, checklist.",
        discussion: """
            The pack holds welcome.html (start here), philosophy.html and .md, team.html, the \
            checklist as checklist.html, .md and .csv, and with --start onboarding.ics: every \
            checklist item as an all-day event on its due date, for Google Calendar, Outlook \
            or Apple Calendar. The files sit in one folder in the zip and link to each other, \
            so the unpacked folder works from disk.

            With --all-teams, -o names a folder and each team gets <team>.<locale>.zip there. \
            The same input always gives byte-identical zips.

            With --pdf the pack also holds pack.pdf: the welcome page, the philosophy, the \
            team page and the checklist printed as one document to hand out, each part \
            starting on a new page, with the company and the part's title at the top of every \
            page and page numbers at the foot. Headless Chromium prints it ('apt-get install \
            chromium', or --chromium PATH), on A4 or, for a locale such as en-US, US Letter \
            (or --paper a4|letter).

            Examples:
              ethos pack philosophy.yml --team Support --start 2026-12-01 -o support.zip
              ethos pack philosophy.yml --team Nord --locale de --start 2026-12-01 \\
                -o nord.zip
              ethos pack philosophy.yml --all-teams --start 2026-12-01 -o packs
              ethos pack philosophy.yml --team Support --start 2026-12-01 --pdf \\
                -o support.zip
            """
    )

    @OptionGroup var input: PhilosophyFileArgument

    @Option(help: ArgumentHelp("The team, by name in any locale, or by slug.", valueName: "name"),
            completion: Completions.teams)
    var team: String?

    @Flag(help: "Make a pack for every team; -o is then a folder.")
    var allTeams = false

    @Flag(help: "Replace a file at -o even if it is not a zip.")
    var force = false

    @OptionGroup var locale: LocaleOption

    @OptionGroup var start: StartDateOption

    @Option(name: .shortAndLong, help: ArgumentHelp("The zip to write (a folder with --all-teams).", valueName: "path"),
            completion: Completions.outputFile)
    var output: String

    @OptionGroup var templates: TemplateOption

    @Flag(help: "Add pack.pdf, the pages as one PDF (needs Chromium).")
    var pdf = false

    @OptionGroup var printing: PDFOptions

    func validate() throws {
        guard (team == nil) != !allTeams else { throw ValidationError("give either --team NAME or --all-teams") }
    }

    func run() async throws {
        let philosophy = try input.load()
        let locale = try locale.chosen(in: philosophy, of: input)
        let packs = PackRenderer(philosophy: philosophy, templates: try templates.load())
        let printer = pdf ? try printing.printer() : nil
        if start.start == nil {
            FileOutput.standardError.write("note: without --start the pack has no due dates and no onboarding.ics\n")
        }
        if let team {
            let chosen = try TeamChoice.find(team, in: philosophy, file: input.file)
            let count = try await write(packs, team: chosen, slug: philosophy.slug(of: chosen), locale: locale,
                                        updated: philosophy.updated, printer: printer, company: philosophy.company, to: output)
            let name = philosophy.text(chosen.name, in: locale)
            FileOutput.standardOutput.write("Wrote \(output): the pack of team \(name) (\(locale.tag)), \(count) files\n")
            return
        }
        guard !philosophy.teams.isEmpty else { throw ValidationError("\(input.file) has no teams; add them under 'teams'") }
        let folder = URL(fileURLWithPath: output)
        for (index, team) in philosophy.teams.enumerated() {
            let slug = philosophy.slug(ofTeamAt: index)
            try await write(packs, team: team, slug: slug, locale: locale, updated: philosophy.updated,
                            printer: printer, company: philosophy.company,
                            to: folder.appendingPathComponent("\(slug).\(locale.tag).zip").path)
        }
        FileOutput.standardOutput.write("Wrote \(DiagnosticReport.plural(philosophy.teams.count, "pack")) to \(output)\n")
    }

    /// Writes one team's pack to `path` and returns how many files it holds.
    @discardableResult
    private func write(_ packs: PackRenderer, team: Team, slug: String, locale: LocaleID, updated: CalendarDate?,
                       printer: PDFPrinter?, company: String, to path: String) async throws -> Int {
        try refuseToReplaceOtherFiles(at: path)
        var files = packs.files(for: team, locale: locale, start: start.start)
        if let printer {
            let pdf = try await PackPDF(printer: printer).pdf(of: files, company: company, locale: locale,
                                                             paper: printing.paper?.paper)
            files.append(PackRenderer.File(name: "pack.pdf", data: pdf))
        }
        let data = try PackArchive.make(files, folder: "\(slug)-\(locale.tag)", updated: updated)
        try FileOutput.writeAtomically(data, to: path)
        return files.count
    }

    /// Stops before a pack replaces anything but a zip (a mistyped -o that names the
    /// philosophy or a document), unless --force.
    private func refuseToReplaceOtherFiles(at path: String) throws {
        guard !force, let handle = FileHandle(forReadingAtPath: path) else { return }
        let start = (try? handle.read(upToCount: 4)) ?? Data()
        try? handle.close()
        // A zip starts with a local file header, or with the end record when it is empty.
        guard start != Data([0x50, 0x4B, 0x03, 0x04]), start != Data([0x50, 0x4B, 0x05, 0x06]) else { return }
        FileOutput.standardError.write(
            "error: \(path) exists and is not a zip; remove it, choose another name, or give --force to replace it\n")
        throw ExitStatus.problems
    }
}
