import ArgumentParser

/// `ethos export`: the philosophy in another tool's format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the philosophy in another tool's format.",
        discussion: """
            Each format is a subcommand:
              openslo   the service standards as OpenSLO v1 SLOs, for SLO tooling

            Examples:
              ethos export openslo philosophy.yml -o slo
              ethos export openslo --help
            """,
        subcommands: [ExportOpenSLOCommand.self]
    )
}
