import ArgumentParser
import EthosModel
import EthosRender
import Foundation

/// `ethos render`: the philosophy in Markdown and HTML, and every team's checklists.
struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write the philosophy as Markdown and HTML, and each team's onboarding checklists.",
        discussion: """
            With -o DIR, writes for each locale:
              DIR/philosophy.<locale>.md     the philosophy in GitHub Markdown
              DIR/philosophy.<locale>.html   a standalone page: no scripts, prints well
              DIR/checklists/<team>.<locale>.md, .html, .csv
                                             each team's onboarding checklist

            Without -o, prints one document (one format, one locale) to standard output.

            The file is checked first: errors stop the run, warnings are printed to standard \
            error. Every file is written atomically, so an interrupted run leaves the previous \
            file intact. The same input always gives byte-identical output.

            Templates: the defaults are built into ethos. Put files with the same names in a \
            folder and pass --templates DIR to replace any of them ('ethos templates export' \
            writes the defaults as a starting point).

            Examples:
              ethos render philosophy.yml -o out
              ethos render philosophy.yml --format html --locale de > philosophy.de.html
              ethos render philosophy.yml -o out --format checklist --start 2026-12-01
              ethos render philosophy.yml -o out --templates my-templates
            """
    )

    @OptionGroup var input: PhilosophyFileArgument

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created when missing).", valueName: "dir"),
            completion: .directory)
    var output: String?

    @Option(help: ArgumentHelp("A locale the file lists, or 'all'. Default: all with -o, else the file's first locale.",
                               valueName: "locale"), completion: Completions.locales(includingAll: true))
    var locale: String?

    @Option(help: ArgumentHelp("What to write, comma-separated: md, html, checklist. Default: all three with -o, else md.",
                               valueName: "formats"), completion: .list(RenderFormat.allCases.map(\.rawValue)))
    var format: String?

    @OptionGroup var start: StartDateOption

    @OptionGroup var templates: TemplateOption

    func run() async throws {
        let formats = try format.map(RenderFormat.list) ?? (output == nil ? [.md] : RenderFormat.allCases)
        let philosophy = try input.load()
        let locales = try input.locales(locale ?? (output == nil ? nil : "all"), of: philosophy)
        let renderer = DocumentRenderer(templates: try templates.load())
        guard let output else {
            try printToStandardOutput(philosophy, formats: formats, locales: locales, renderer: renderer)
            return
        }
        let holidays = try start.holidayList()
        if formats.contains(.checklist) { start.warnIfNotWorkingDay(in: philosophy, holidays: holidays) }
        let documents = try RenderedFiles.make(philosophy, formats: formats, locales: locales, start: start.start,
                                               holidays: holidays, renderer: renderer)
        try RenderedFiles.write(documents, into: output)
        FileOutput.standardOutput.write("Wrote \(DiagnosticReport.plural(documents.count, "file")) to \(output)\n")
    }

    private func printToStandardOutput(_ philosophy: Philosophy, formats: [RenderFormat], locales: [LocaleID],
                                       renderer: DocumentRenderer) throws {
        guard formats.count == 1, locales.count == 1, let locale = locales.first else {
            throw ValidationError("several formats or locales make several files; give -o DIR, or one --format and one --locale")
        }
        guard let format = formats[0].philosophyFormat else {
            throw ValidationError("checklists are one file per team; give -o DIR, or use 'ethos checklist --team NAME'")
        }
        FileOutput.standardOutput.write(try renderer.render(.philosophy(philosophy, locale: locale), as: format))
    }
}
