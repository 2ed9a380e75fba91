import ArgumentParser

/// `ethos help`: a command's help. Replaces argument-parser's own `help`, which completes
/// nothing in the shells.
struct HelpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "help",
        abstract: "Show a command's help.",
        discussion: """
            Examples:
              ethos help validate
              ethos help templates export
            """
    )

    @Argument(help: ArgumentHelp("The command, and its subcommand if it has one.", valueName: "command"),
              completion: .list(Self.commandNames))
    var names: [String] = []

    /// The commands whose help this command shows, by name.
    static var commandNames: [String] {
        EthosCommand.configuration.subcommands.map { $0._commandName }.filter { $0 != "help" }
    }

    func run() throws {
        var chosen: ParsableCommand.Type?
        for name in names {
            let candidates = (chosen ?? EthosCommand.self).configuration.subcommands
            guard let subcommand = candidates.first(where: { $0._commandName == name }) else { break }
            chosen = subcommand
        }
        let help = chosen.map { EthosCommand.helpMessage(for: $0) } ?? EthosCommand.helpMessage()
        FileOutput.standardOutput.write(help + "\n")
    }
}
