import ArgumentParser
import EthosLint
import EthosLoader
import EthosModel
import Foundation

/// What the shells offer on TAB for Ethos's arguments and options, in the scripts
/// `ethos --generate-completion-script bash|zsh|fish` writes. Without a completion kind a
/// `String` argument offers nothing, and bash then beeps instead of completing a file name.
enum Completions {
    /// Philosophy files (`.yml`, `.yaml`) and the folders on the way to them.
    static let philosophyFile = CompletionKind.file(extensions: ["yml", "yaml"])

    /// Any file: a file a command writes.
    static let outputFile = CompletionKind.file()

    /// The locales Ethos ships texts for, offered when no philosophy file is on the line.
    static let shippedLocales = ["en", "de", "sl", "nb"]

    /// The team names of the philosophy file on the command line, in its first locale.
    static let teams = CompletionKind.custom { words, _, _ in
        guard let philosophy = philosophy(on: words) else { return [] }
        return philosophy.teams.map { philosophy.text($0.name, in: philosophy.defaultLocale) }
    }

    /// The locales of the philosophy file on the command line (else the shipped ones), and
    /// `all` when the command takes it.
    static func locales(includingAll: Bool) -> CompletionKind {
        .custom { words, _, _ in
            let tags = philosophy(on: words)?.locales.map(\.tag) ?? shippedLocales
            return tags + (includingAll ? ["all"] : [])
        }
    }

    /// Every lint rule id.
    static let lintRules = CompletionKind.list(Linter.rules.map(\.id.rawValue))

    /// The philosophy named on a command line: the first word that ends in `.yml` or `.yaml`
    /// and loads without errors. Words arrive as typed, so quotes and backslashes are removed.
    static func philosophy(on words: [String]) -> Philosophy? {
        for word in words.dropFirst().map(unquoted) where word.hasSuffix(".yml") || word.hasSuffix(".yaml") {
            guard FileManager.default.isReadableFile(atPath: word) else { continue }
            if let philosophy = PhilosophyLoader.load(path: word).philosophy { return philosophy }
        }
        return nil
    }

    /// A shell word without its quotes and escaping backslashes (`'my file.yml'`, `my\ file.yml`).
    static func unquoted(_ word: String) -> String {
        var result = ""
        var escaped = false
        for character in word {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character != "'", character != "\"" {
                result.append(character)
            }
        }
        return result
    }
}
