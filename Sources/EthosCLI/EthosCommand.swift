import ArgumentParser

/// The `ethos` command: turns a customer-service philosophy into documents people use.
public struct EthosCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ethos",
        abstract: "Turn a customer-service philosophy into documents people use.",
        discussion: """
            Leadership writes the philosophy once, in a YAML file: the purpose, the support \
            vision, a few values with an action statement each, the KPIs that show each value \
            is lived, and measurable service standards. Ethos checks it and turns it into \
            documents.

            Start with a commented starter file, then check it:

              ethos init --company "Acme" --locales en,de
              ethos validate philosophy.yml
              ethos lint philosophy.yml       # the articles' advice, rule by rule

            Then turn it into documents:

              ethos render philosophy.yml -o out          # Markdown, HTML, checklists
              ethos build philosophy.yml -o site          # the intranet site
              ethos serve philosophy.yml                  # the site, live as you edit
              ethos pack philosophy.yml --team Support --start 2026-12-01 -o support.zip
              ethos kit philosophy.yml -o kit             # interview and role-play kit

            'ethos help format' describes the file format, 'ethos help diagnostics' every \
            problem validate reports and 'ethos help lint-rules' the advice lint checks; \
            'ethos schema' prints the format as a JSON Schema for editors.
            """,
        version: EthosVersion.description,
        subcommands: [
            ValidateCommand.self, LintCommand.self, InitCommand.self, RenderCommand.self, ChecklistCommand.self,
            BuildCommand.self, ServeCommand.self, PackCommand.self, KitCommand.self, ScoreCommand.self, DiffCommand.self, ExportCommand.self,
            TranslateCommand.self, TemplatesCommand.self, KPIsCommand.self, SchemaCommand.self, HelpCommand.self,
        ]
    )

    public init() {}
}
