import ArgumentParser
import EthosPublish

/// The exit codes every checking command shares: 0 clean, 1 problems found, 2 usage error.
public enum ExitStatus {
    /// Problems were found in the input.
    public static let problems = ExitCode(1)
    /// The command line was wrong.
    public static let usage = ExitCode(2)

    /// Runs `command` as the whole program and exits with the shared codes: argument-parser's
    /// usage errors (normally 64) exit with 2. An option the input rules out, found only once
    /// the file is read (a team it does not have), is reported as `error: …` with the way to
    /// the subcommand's help; a file that cannot be written as `error: cannot write …`, and a PDF that cannot be printed
    /// (no Chromium) as `error: …`, exit 1.
    /// Completion scripts come from ``CompletionScript``.
    public static func main(_ command: EthosCommand.Type = EthosCommand.self, arguments: [String]? = nil) async -> Never {
        if let shell = CompletionScript.shell(requestedBy: arguments ?? Array(CommandLine.arguments.dropFirst())) {
            FileOutput.standardOutput.write(CompletionScript.make(for: shell) + "\n")
            command.exit()
        }
        var parsed: ParsableCommand
        do {
            parsed = try command.parseAsRoot(arguments)
        } catch {
            exit(command, with: error)
        }
        do {
            if var asyncCommand = parsed as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try parsed.run()
            }
            command.exit()
        } catch let error as OutputError {
            FileOutput.standardError.write("error: \(error)\n")
            command.exit(withError: problems)
        } catch let error as PDFError {
            FileOutput.standardError.write("error: \(error)\n")
            command.exit(withError: problems)
        } catch let error as ValidationError {
            let name = type(of: parsed).configuration.commandName.map { " \($0)" } ?? ""
            FileOutput.standardError.write("error: \(error.message)\nSee 'ethos\(name) --help'.\n")
            command.exit(withError: usage)
        } catch {
            exit(command, with: error)
        }
    }

    private static func exit(_ command: EthosCommand.Type, with error: Error) -> Never {
        if command.exitCode(for: error) == .validationFailure {
            FileOutput.standardError.write(command.fullMessage(for: error) + "\n")
            command.exit(withError: ExitCode(usage.rawValue))
        }
        command.exit(withError: error)
    }
}
