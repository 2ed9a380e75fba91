import ArgumentParser
import EthosModel
import EthosPublish
import EthosRender
import Foundation

/// `ethos render`: the philosophy in Markdown and HTML, and every team's checklists.
struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write the philosophy as Markdown, HTML and PDF, and each team's onboarding checklists.",
        discussion: """
            With -o DIR, writes for each locale:
              DIR/philosophy.<locale>.md     the philosophy in GitHub Markdown
              DIR/philosophy.<locale>.html   a standalone page: no scripts, prints well
              DIR/checklists/<team>.<locale>.md, .html, .csv
                                             each team's onboarding checklist
            and with --format pdf (not written unless asked for):
              DIR/philosophy.<locale>.pdf    the philosophy to print or hand out

            Without -o, prints one document (one format, one locale) to standard output; a \
            PDF only when standard output is not a terminal.

            PDF: headless Chromium lays the page out (install it with 'apt-get install \
            chromium', or give --chromium PATH). A4 by default, US Letter for a locale of a \
            region that prints on it (en-US, fr-CA, es-MX …), or --paper a4|letter. Every \
            page has the company and the document's title at the top and 'Page 2 of 7' (in \
            the document's language) at the foot. The same input and Chromium give \
            byte-identical PDFs.

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
              ethos render philosophy.yml --format pdf --locale en -o out
              ethos render philosophy.yml --format pdf --locale en --paper letter \\
                > philosophy.pdf
            """
    )

    @OptionGroup var input: PhilosophyFileArgument

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created when missing).", valueName: "dir"),
            completion: .directory)
    var output: String?

    @Option(help: ArgumentHelp("A locale the file lists, or 'all'. Default: all with -o, else the file's first locale.",
                               valueName: "locale"), completion: Completions.locales(includingAll: true))
    var locale: String?

    @Option(help: ArgumentHelp("What to write, comma-separated: md, html, pdf, checklist. Default: md, html and checklist with -o, else md.",
                               valueName: "formats"), completion: .list(RenderFormat.allCases.map(\.rawValue)))
    var format: String?

    @OptionGroup var start: StartDateOption

    @OptionGroup var templates: TemplateOption

    @OptionGroup var labels: LabelsOption

    @OptionGroup var printing: PDFOptions

    func run() async throws {
        let formats = try format.map(RenderFormat.list) ?? (output == nil ? [.md] : RenderFormat.defaults)
        let philosophy = try input.load(labels: labels)
        let locales = try input.locales(locale ?? (output == nil ? nil : "all"), of: philosophy)
        let renderer = DocumentRenderer(templates: try templates.load())
        let printer = formats.contains(.pdf) ? try printing.printer() : nil
        guard let output else {
            try await printToStandardOutput(philosophy, formats: formats, locales: locales, renderer: renderer,
                                            printer: printer)
            return
        }
        let holidays = try start.holidayList()
        if formats.contains(.checklist) { start.warnIfNotWorkingDay(in: philosophy, holidays: holidays) }
        let documents = try await RenderedFiles.make(philosophy, formats: formats, locales: locales, start: start.start,
                                                     holidays: holidays, renderer: renderer, printer: printer,
                                                     paper: printing.paper?.paper)
        try RenderedFiles.write(documents, into: output)
        FileOutput.standardOutput.write("Wrote \(DiagnosticReport.plural(documents.count, "file")) to \(output)\n")
    }

    private func printToStandardOutput(_ philosophy: Philosophy, formats: [RenderFormat], locales: [LocaleID],
                                       renderer: DocumentRenderer, printer: PDFPrinter?) async throws {
        guard formats.count == 1, locales.count == 1, let locale = locales.first else {
            throw ValidationError("several formats or locales make several files; give -o DIR, or one --format and one --locale")
        }
        guard let format = formats[0].philosophyFormat else {
            throw ValidationError("checklists are one file per team; give -o DIR, or use 'ethos checklist --team NAME'")
        }
        let document = Document.philosophy(philosophy, locale: locale)
        if format == .pdf, let printer {
            try PDFOptions.writeToStandardOutput(try await printer.pdf(document, renderer: renderer, paper: printing.paper?.paper))
            return
        }
        FileOutput.standardOutput.write(try renderer.render(document, as: format))
    }
}
