import EthosLint
import Foundation

/// The lint rules as `ethos lint --rules` and `--explain` print them, as text or JSON.
struct LintRuleListing {
    let rules: [any LintRule]

    /// One aligned line per rule: id, severity, summary; then how to learn more.
    func text() -> String {
        let width = rules.map(\.id.rawValue.count).max() ?? 0
        let lines = rules.map { rule in
            rule.id.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + rule.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + rule.summary
        }
        return (lines + ["", "\(rules.count) rules. 'ethos lint --explain RULE' gives the reason behind one."])
            .joined(separator: "\n") + "\n"
    }

    /// The rule's id and severity, summary, explanation, fix and how to silence it, wrapped for
    /// a terminal.
    func explanation(of rule: any LintRule) -> String {
        let silencing = """
            To silence it for one value, standard, channel or team, add 'lint-ignore: [\(rule.id)]' \
            to that item; for the whole file, list it under 'lint: disable'. Say why in a comment.
            """
        let paragraphs = ["\(rule.id) (\(rule.severity.rawValue)): \(rule.summary)", rule.explanation,
                          "Fix: \(rule.fix)", silencing]
        return paragraphs.map { Self.wrapped($0, width: 80) }.joined(separator: "\n\n") + "\n"
    }

    /// An array of {id, severity, summary, explanation, fix}.
    func json(_ selected: [any LintRule]) throws -> String {
        struct Entry: Encodable {
            let id, severity, summary, explanation, fix: String
        }
        let entries = selected.map { rule in
            Entry(id: rule.id.rawValue, severity: rule.severity.rawValue, summary: rule.summary,
                  explanation: rule.explanation, fix: rule.fix)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n"
    }

    /// `text` broken into lines of at most `width` characters at spaces.
    static func wrapped(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
