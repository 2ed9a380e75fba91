import ArgumentParser

/// The completion script for a shell (`ethos --generate-completion-script bash|zsh|fish`):
/// argument-parser's, without the `help` command it always adds. Ethos has its own `help`,
/// which completes command names; bash and zsh would run the added one instead, because
/// its function comes later and replaces Ethos's.
enum CompletionScript {
    /// The abstract of argument-parser's `help`, on every line that offers it.
    static let addedHelpAbstract = "Show subcommand help information."

    /// The script for `shell`.
    static func make(for shell: CompletionShell) -> String {
        var lines: [Substring] = []
        var seenHelpFunction = false
        var skippingFunction = false
        var seenHelpCase = false
        var skipNextLine = false
        for line in EthosCommand.completionScript(for: shell).split(separator: "\n", omittingEmptySubsequences: false) {
            if skippingFunction {
                skippingFunction = line != "}"
                continue
            }
            if skipNextLine {
                skipNextLine = false
                continue
            }
            if line.contains(addedHelpAbstract) { continue }
            if line == "_ethos_help() {" {
                skippingFunction = seenHelpFunction
                seenHelpFunction = true
                if skippingFunction { continue }
            }
            if line.trimmingPrefix(while: \.isWhitespace) == "case 'help'" {
                skipNextLine = seenHelpCase
                seenHelpCase = true
                if skipNextLine { continue }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
            .replacing("|help|help)", with: "|help)")
            .replacing(" help help'", with: " help'")
    }

    /// The shell a `--generate-completion-script` command line asks for, or `nil` when the
    /// command line asks for something else or names no shell Ethos knows.
    static func shell(requestedBy arguments: [String]) -> CompletionShell? {
        let option = "--generate-completion-script"
        guard let first = arguments.first else { return nil }
        if first == option {
            return arguments.count == 1 ? CompletionShell.autodetected()
                : arguments.count == 2 ? CompletionShell(rawValue: arguments[1]) : nil
        }
        guard arguments.count == 1, first.hasPrefix(option + "=") else { return nil }
        return CompletionShell(rawValue: String(first.dropFirst(option.count + 1)))
    }
}
