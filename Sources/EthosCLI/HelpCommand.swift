import ArgumentParser
import EthosModel

/// `ethos help`: a command's help. Replaces argument-parser's own `help`, which completes
/// nothing in the shells and shows the main help, exit 0, for a command that does not exist.
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
            guard let subcommand = candidates.first(where: { $0._commandName == name }) else {
                try refuse(name, among: candidates.map { $0._commandName }.filter { $0 != "help" }, in: chosen)
            }
            chosen = subcommand
        }
        let help = chosen.map { EthosCommand.helpMessage(for: $0) } ?? EthosCommand.helpMessage()
        FileOutput.standardOutput.write(help + "\n")
    }

    /// Says that `name` is no command of `parent` (nil: of ethos), with the nearest one or
    /// the list, and ends the run with the usage status.
    private func refuse(_ name: String, among known: [String], in parent: ParsableCommand.Type?) throws -> Never {
        let path = (parent.map { "ethos \($0._commandName)" } ?? "ethos")
        let hint = Suggestion.closest(to: name, among: known, caseInsensitive: true).map { "did you mean '\($0)'?" }
            ?? "the commands are \(known.joined(separator: ", "))"
        FileOutput.standardError.write("error: '\(name)' is not a command of \(path); \(hint)\nSee '\(path) --help'.\n")
        throw ExitStatus.usage
    }
}
