import ArgumentParser
import EthosModel
import EthosPublish
import EthosRender
import Foundation

/// `ethos checklist`: one team's onboarding checklist.
struct ChecklistCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Print one team's onboarding checklist as Markdown, HTML, CSV or PDF.",
        discussion: """
            The checklist holds, phase by phase: reading the philosophy, each value with its \
            action statement to put in one's own words, the team's KPIs with definition and \
            target, a role play of each recovery situation, then the file's onboarding tasks \
            and the team's own. Each item has its phase, owner and due day; with --start the \
            due dates too.

            Due dates count working days: day 1 is the start date, day-N is due on working \
            day N and week-N on the last working day of week N. Working days are Monday to \
            Friday unless the philosophy's 'calendar' says otherwise, without its holidays \
            and those of --holidays (an .ics file). A start on a day off is moved to the \
            next working day, with a warning.

            The CSV imports into task tools and spreadsheets; cells are never read as \
            formulas. --csv plain (the default) is RFC 4180 with the columns Name, \
            Description, Section, Assignee, Role, Due day and Due date; excel adds a \
            byte-order mark and uses ';' where the locale writes decimals with a comma; \
            asana and jira give those tools' importer columns.

            The HTML page's boxes can be ticked: each task is a checkbox with its text as the \
            label, so a click on the text ticks it too. The page runs no script and stores \
            nothing: the ticks last until the page is closed. Print it, or the PDF, to tick on \
            paper.

            --format pdf prints the checklist with headless Chromium ('apt-get install \
            chromium', or --chromium PATH), on A4 or, for a locale such as en-US, US Letter \
            (or --paper a4|letter), with the company and title at the top of every page and \
            page numbers at the foot. A PDF goes to -o FILE, or to standard output when that \
            is not a terminal.

            Examples:
              ethos checklist philosophy.yml --team Support
              ethos checklist philosophy.yml --team support --format csv \\
                --start 2026-12-01 > support.csv
              ethos checklist philosophy.yml --team support --csv excel \\
                --start 2027-01-04 --holidays feiertage.ics -o support.csv
              ethos checklist philosophy.yml --team "Team Nord" --locale de \\
                --format html -o nord.html
              ethos checklist philosophy.yml --team Support --start 2026-12-01 \\
                --format pdf --paper letter -o support.pdf
            """
    )

    @OptionGroup var input: PhilosophyFileArgument

    @Option(help: ArgumentHelp("The team, by name (in any of the file's locales) or slug; case does not matter.",
                               valueName: "name"), completion: Completions.teams)
    var team: String

    @Option(help: "md (a task list), html (a page with boxes to tick), csv or pdf (to print or hand out). Default: csv with --csv, else md.")
    var format: ChecklistFormat?

    @Option(help: ArgumentHelp("The program the CSV is for: plain (RFC 4180), excel, asana or jira.", valueName: "style"))
    var csv: ChecklistCSVStyle?

    @OptionGroup var locale: LocaleOption

    @OptionGroup var start: StartDateOption

    @OptionGroup var templates: TemplateOption

    @OptionGroup var labels: LabelsOption

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"),
            completion: Completions.outputFile)
    var output: String?

    @OptionGroup var printing: PDFOptions

    /// The format to write: `--format`, else csv with `--csv`, else md.
    private var chosenFormat: ChecklistFormat { format ?? (csv == nil ? .md : .csv) }

    func validate() throws {
        if csv != nil, let format, format != .csv {
            throw ValidationError("--csv sets the kind of CSV; it goes with --format csv, not --format \(format.rawValue)")
        }
    }

    func run() async throws {
        let printer = chosenFormat == .pdf ? try printing.printer() : nil
        let philosophy = try input.load(labels: labels)
        let locale = try locale.chosen(in: philosophy, of: input)
        let chosen = try TeamChoice.find(team, in: philosophy, file: input.file)
        let holidays = try start.holidayList()
        start.warnIfNotWorkingDay(in: philosophy, holidays: holidays)
        let renderer = DocumentRenderer(templates: try templates.load(), checklistCSV: csv ?? .plain)
        let checklist = ChecklistBuilder.make(for: chosen, in: philosophy, locale: locale, start: start.start, holidays: holidays)
        let data = if let printer {
            try await printer.pdf(.checklist(checklist), renderer: renderer, paper: printing.paper?.paper)
        } else {
            try renderer.render(.checklist(checklist), as: chosenFormat.documentFormat)
        }
        guard let output else {
            if printer != nil { try PDFOptions.writeToStandardOutput(data) } else { FileOutput.standardOutput.write(data) }
            return
        }
        try FileOutput.writeAtomically(data, to: output)
    }
}

/// Finds the team a command line names.
enum TeamChoice {
    static func find(_ name: String, in philosophy: Philosophy, file: String) throws -> Team {
        if let index = philosophy.teamIndex(named: name) { return philosophy.teams[index] }
        let names = philosophy.teamNames
        guard !names.isEmpty else { throw ValidationError("\(file) has no teams; add them under 'teams'") }
        let hint = philosophy.closestTeamName(to: name).map { "did you mean '\($0)'? " } ?? ""
        throw ValidationError("\(file) has no team '\(name)'; \(hint)teams: \(names.joined(separator: ", "))")
    }
}
