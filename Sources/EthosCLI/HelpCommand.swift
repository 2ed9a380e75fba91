import ArgumentParser
import EthosModel

/// `ethos help`: a command's help, or a reference built into the binary (``HelpTopic``).
/// Replaces argument-parser's own `help`, which completes nothing in the shells and shows the
/// main help, exit 0, for a command that does not exist.
struct HelpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "help",
        abstract: "Show a command's help, or a reference: format, diagnostics, lint-rules, scorecard, openslo.",
        discussion: """
            The references are built into ethos:
              format        the philosophy file, key by key
              diagnostics   every rule of 'ethos validate', its cause and its fix
              lint-rules    the advice 'ethos lint' checks, rule by rule
              scorecard     how 'ethos score' reads exports and computes each KPI
              openslo       how 'ethos export openslo' maps standards to OpenSLO

            Examples:
              ethos help validate
              ethos help templates export
              ethos help format | less
            """
    )

    @Argument(help: ArgumentHelp("The command (and its subcommand), or a reference.", valueName: "topic"),
              completion: .list(Self.commandNames + HelpTopic.allCases.map(\.rawValue)))
    var names: [String] = []

    /// The commands whose help this command shows, by name.
    static var commandNames: [String] {
        EthosCommand.configuration.subcommands.map { $0._commandName }.filter { $0 != "help" }
    }

    func run() throws {
        if names.count == 1, let topic = HelpTopic(rawValue: names[0]) {
            FileOutput.standardOutput.write(topic.text)
            return
        }
        var chosen: ParsableCommand.Type?
        for name in names {
            let candidates = (chosen ?? EthosCommand.self).configuration.subcommands
            guard let subcommand = candidates.first(where: { $0._commandName == name }) else {
                let topics = chosen == nil ? HelpTopic.allCases.map(\.rawValue) : []
                try refuse(name, among: candidates.map { $0._commandName }.filter { $0 != "help" } + topics, in: chosen)
            }
            chosen = subcommand
        }
        let help = chosen.map { EthosCommand.helpMessage(for: $0) } ?? EthosCommand.helpMessage()
        FileOutput.standardOutput.write(help + "\n")
    }

    /// Says that `name` is no command (or reference) of `parent` (nil: of ethos), with the
    /// nearest one or the list, and ends the run with the usage status.
    private func refuse(_ name: String, among known: [String], in parent: ParsableCommand.Type?) throws -> Never {
        let path = parent.map { "ethos \($0._commandName)" } ?? "ethos"
        let what = parent == nil ? "an ethos command or reference" : "a command of \(path)"
        let hint = Suggestion.closest(to: name, among: known, caseInsensitive: true).map { "did you mean '\($0)'?" }
            ?? "choose one of \(known.joined(separator: ", "))"
        FileOutput.standardError.write("error: '\(name)' is not \(what); \(hint)\nSee '\(path) --help'.\n")
        throw ExitStatus.usage
    }
}
