import ArgumentParser

/// The exit codes every checking command shares: 0 clean, 1 problems found, 2 usage error.
public enum ExitStatus {
    /// Problems were found in the input.
    public static let problems = ExitCode(1)
    /// The command line was wrong.
    public static let usage = ExitCode(2)

    /// Runs `command` as the whole program and exits with the shared codes: argument-parser's
    /// usage errors (normally 64) exit with 2.
    public static func main(_ command: EthosCommand.Type = EthosCommand.self, arguments: [String]? = nil) async -> Never {
        do {
            var parsed = try command.parseAsRoot(arguments)
            if var asyncCommand = parsed as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try parsed.run()
            }
            command.exit()
        } catch {
            let code = command.exitCode(for: error)
            if code == .validationFailure {
                let message = command.fullMessage(for: error)
                FileOutput.standardError.write(message + "\n")
                command.exit(withError: ExitCode(usage.rawValue))
            }
            command.exit(withError: error)
        }
    }
}
