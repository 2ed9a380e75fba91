import ArgumentParser
import EthosModel
import EthosPublish
import EthosRender
import Foundation

/// `ethos pack`: onboarding packs for new hires.
struct PackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Zip onboarding packs: per hire from a roster, or for a team.",
        discussion: """
            A pack holds welcome.html (start here), philosophy.html and .md, team.html, the \
            checklist as checklist.html, .md and .csv, with a start date onboarding.ics \
            (every checklist item as an all-day event on its due date, for Google Calendar, \
            Outlook or Apple Calendar), and the kit's sheets: pocket-card.html, \
            role-play-cards.html and interview-scorecards.html. The files sit in one folder in \
            the zip and every page links back to the welcome page, so the unpacked folder \
            works from disk.

            With --roster, -o names a folder and each hire gets <name>.zip there. The roster \
            is a CSV file with a header row: name, team and start are required; email, \
            manager, buddy, locale, manager_email and buddy_email may follow. The welcome \
            page greets the hire by name with the start date, manager and buddy; tasks of \
            the manager, the buddy and the hire carry their names; the CSV's Assignee \
            column names the person with their email, and calendar events invite them. A \
            bad row is reported with its line and column and never stops the others; the \
            exit code is 1 when any row failed. --hire makes one such pack from the command \
            line.

            Due dates count working days (see 'ethos checklist --help'); --holidays adds the \
            days of a holiday calendar (.ics). Calendar events keep their ids for the same \
            hire and task, so importing a new version updates them; bump 'updated' in the \
            philosophy when you revise it.

            With --all-teams, -o names a folder and each team gets <team>.<locale>.zip there. \
            The same input always gives byte-identical zips.

            With --pdf the pack also holds pack.pdf: the welcome page, the philosophy, the \
            team page, the checklist, the role-play cards and the pocket card printed as one \
            document to hand out, each part starting on a new page, with the company and the \
            part's title at the top of every page and page numbers at the foot. Headless \
            Chromium prints it ('apt-get install chromium', or --chromium PATH), on A4 or, for \
            a locale such as en-US, US Letter (or --paper a4|letter).

            Examples:
              ethos pack philosophy.yml --roster hires.csv -o packs
              ethos pack philosophy.yml --team Support --hire "Ana Novak" \\
                --start 2027-01-04 --manager "Maria Keller" --buddy "Tom Berg" -o ana.zip
              ethos pack philosophy.yml --team Support --start 2026-12-01 -o support.zip
              ethos pack philosophy.yml --all-teams --start 2026-12-01 --csv excel -o packs
              ethos pack philosophy.yml --team Support --start 2026-12-01 --pdf \\
                -o support.zip
            """
    )

    @OptionGroup var input: PhilosophyFileArgument

    @Option(help: ArgumentHelp("HR's CSV of hires: a pack per row; -o is a folder.", valueName: "hires.csv"),
            completion: .file(extensions: ["csv"]))
    var roster: String?

    @Option(help: ArgumentHelp("The team, by name in any locale, or by slug.", valueName: "name"),
            completion: Completions.teams)
    var team: String?

    @Flag(help: "Make a pack for every team; -o is then a folder.")
    var allTeams = false

    @OptionGroup var hire: HireOptions

    @Flag(help: "Replace a file at -o even if it is not a zip.")
    var force = false

    @OptionGroup var locale: LocaleOption

    @OptionGroup var start: StartDateOption

    @Option(name: .customLong("csv"), help: ArgumentHelp("CSV style.", valueName: "style"))
    var csvStyle: ChecklistCSVStyle?

    /// The style of checklist.csv: plain without `--csv`.
    private var csv: ChecklistCSVStyle { csvStyle ?? .plain }

    @Option(name: .shortAndLong, help: ArgumentHelp("The zip, or a folder with --roster or --all-teams.", valueName: "path"),
            completion: Completions.outputFile)
    var output: String

    @OptionGroup var templates: TemplateOption

    @OptionGroup var labels: LabelsOption

    @Flag(help: "Add pack.pdf, the pages as one PDF (needs Chromium).")
    var pdf = false

    @OptionGroup var printing: PDFOptions

    func validate() throws {
        let modes = [roster != nil, team != nil, allTeams].filter { $0 }.count
        guard modes == 1 else { throw ValidationError("give one of --roster FILE, --team NAME or --all-teams") }
        if hire.hire != nil {
            guard team != nil else { throw ValidationError("--hire needs --team: the team the hire joins") }
            guard start.start != nil else { throw ValidationError("--hire needs --start: the hire's first day") }
        } else if let option = hire.optionWithoutHire {
            throw ValidationError("\(option) describes a hire; give --hire NAME too")
        }
        if roster != nil, start.start != nil {
            throw ValidationError("--start is the roster's 'start' column with --roster; leave it out")
        }
    }

    func run() async throws {
        let philosophy = try input.load(labels: labels)
        let locale = try locale.chosen(in: philosophy, of: input)
        let holidays = try start.holidayList()
        let packs = PackRenderer(philosophy: philosophy, templates: try templates.load(), holidays: holidays)
        let printer = pdf ? try printing.printer() : nil
        if let roster {
            try await writeRoster(roster, philosophy: philosophy, locale: locale, holidays: holidays, packs: packs,
                                  printer: printer)
            return
        }
        start.warnIfNotWorkingDay(in: philosophy, holidays: holidays)
        if start.start == nil {
            FileOutput.standardError.write("note: without --start the pack has no due dates and no onboarding.ics\n")
        }
        if let team {
            let chosen = try TeamChoice.find(team, in: philosophy, file: input.file)
            let name = philosophy.text(chosen.name, in: locale)
            if let person = try hire.hirePerson(), let first = start.start {
                let newHire = NewHire(person, start: first, manager: try hire.managerPerson(), buddy: try hire.buddyPerson())
                var names = PackNames()
                let count = try await write(packs.files(for: newHire, team: chosen, locale: locale, csv: csv),
                                            folder: names.claim(for: person.name, line: 1), locale: locale,
                                            philosophy: philosophy, printer: printer, to: output)
                FileOutput.standardOutput.write("Wrote \(output): the pack of \(person.name) in team \(name) (\(locale.tag)), "
                    + "\(count) files\n")
                return
            }
            let count = try await write(packs.files(for: chosen, locale: locale, start: start.start, csv: csv),
                                        folder: "\(philosophy.slug(of: chosen))-\(locale.tag)", locale: locale,
                                        philosophy: philosophy, printer: printer, to: output)
            FileOutput.standardOutput.write("Wrote \(output): the pack of team \(name) (\(locale.tag)), \(count) files\n")
            return
        }
        guard !philosophy.teams.isEmpty else { throw ValidationError("\(input.file) has no teams; add them under 'teams'") }
        let folder = URL(fileURLWithPath: output)
        for (index, team) in philosophy.teams.enumerated() {
            let slug = philosophy.slug(ofTeamAt: index)
            try await write(packs.files(for: team, locale: locale, start: start.start, csv: csv), folder: "\(slug)-\(locale.tag)",
                            locale: locale, philosophy: philosophy, printer: printer,
                            to: folder.appendingPathComponent("\(slug).\(locale.tag).zip").path)
        }
        FileOutput.standardOutput.write("Wrote \(DiagnosticReport.plural(philosophy.teams.count, "pack")) to \(output)\n")
    }

    /// One pack per good row of the roster at `path`, named after the hire, then a summary;
    /// exits with 1 when any row failed.
    private func writeRoster(_ path: String, philosophy: Philosophy, locale: LocaleID, holidays: [Holiday],
                             packs: PackRenderer, printer: PDFPrinter?) async throws {
        let roster = Roster.read(path: path, philosophy: philosophy, holidays: holidays)
        if !roster.diagnostics.isEmpty {
            FileOutput.standardError.write(Diagnostic.sortedByPosition(roster.diagnostics).map { $0.formatted + "\n" }.joined())
        }
        guard !roster.isUnreadable else { throw ExitStatus.problems }
        var failed = roster.failedLines
        var names = PackNames()
        var written = 0
        for entry in roster.entries {
            let team = philosophy.teams[entry.teamIndex]
            let name = names.claim(for: entry.hire.person.name, line: entry.line)
            let zip = URL(fileURLWithPath: output).appendingPathComponent("\(name).zip").path
            do {
                try await write(packs.files(for: entry.hire, team: team, locale: entry.locale ?? locale, csv: csv), folder: name,
                                locale: entry.locale ?? locale, philosophy: philosophy, printer: printer, to: zip)
                written += 1
            } catch let error as OutputError {
                FileOutput.standardError.write("\(path):\(entry.line):1: error: the pack of \(entry.hire.person.name) "
                    + "was not written: \(error)\n")
                failed.append(entry.line)
            } catch let error as PDFError {
                FileOutput.standardError.write("\(path):\(entry.line):1: error: the pack of \(entry.hire.person.name) "
                    + "was not written: \(error)\n")
                failed.append(entry.line)
            } catch {
                // The refusal to replace another file has said why.
                failed.append(entry.line)
            }
        }
        var summary = "Wrote \(DiagnosticReport.plural(written, "pack")) to \(output)"
        if !failed.isEmpty {
            summary += "; \(DiagnosticReport.plural(failed.count, "row")) failed (line \(failed.sorted().map(String.init).joined(separator: ", ")))"
        }
        FileOutput.standardOutput.write(summary + "\n")
        if !failed.isEmpty { throw ExitStatus.problems }
    }

    /// Writes one pack's files as a zip to `path`, with `pack.pdf` printed by `printer`, and
    /// returns how many files it holds.
    @discardableResult
    private func write(_ files: [PackRenderer.File], folder: String, locale: LocaleID, philosophy: Philosophy,
                       printer: PDFPrinter?, to path: String) async throws -> Int {
        try refuseToReplaceOtherFiles(at: path)
        var files = files
        if let printer {
            let pdf = try await PackPDF(printer: printer).pdf(of: files, company: philosophy.company, locale: locale,
                                                             paper: printing.paper?.paper, labels: philosophy.labels)
            files.append(PackRenderer.File(name: "pack.pdf", data: pdf))
        }
        let data = try PackArchive.make(files, folder: folder, updated: philosophy.updated)
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
