import EthosLoader
import EthosModel

/// The machine-readable fields of a change, for `ethos diff --format json`: what it
/// concerns, what kind of change it is, and both sides as the file writes them.
enum ChangeJSON {
    static func fields(of change: PhilosophyChange) -> [String: JSONValue] {
        var fields: [String: JSONValue] = [
            "subject": .object(["kind": .string(change.subject.kind.rawValue), "id": .string(change.subject.id)]),
            "substance": .bool(!change.isWordingOnly),
        ]
        func sides(_ kind: String, _ from: String?, _ to: String?) {
            fields["change"] = .string(kind)
            fields["from"] = from.map(JSONValue.string) ?? .null
            fields["to"] = to.map(JSONValue.string) ?? .null
        }
        switch change.kind {
        case .added: fields["change"] = "added"
        case .removed: fields["change"] = "removed"
        case .renamed(let from): sides("renamed", from.allStrings.joined(separator: " / "),
                                       change.subject.name.allStrings.joined(separator: " / "))
        case .reworded(let part, let locales):
            fields["change"] = "reworded"
            fields["part"] = .string(part.rawValue)
            fields["locales"] = .array(locales.map { .string($0.tag) })
        case .objective(let from, let to, let tendency, _):
            sides("objective", syntax(from), syntax(to))
            fields["tendency"] = .string(tendency.rawValue)
        case .window(let from, let to): sides("window", from?.description, to?.description)
        case .owner(let from, let to): sides("owner", from.map(name), to.map(name))
        case .channel(let from, let to): sides("channel", from, to)
        case .kpis(let added, let removed):
            fields["change"] = "kpis"
            fields["added"] = .array(added.map(JSONValue.string))
            fields["removed"] = .array(removed.map(JSONValue.string))
        case .deadline(let from, let to, let tendency):
            sides("deadline", from?.description, to?.description)
            fields["tendency"] = .string(tendency.rawValue)
        case .escalation(let from, let to): sides("escalation", from.map(name), to.map(name))
        case .phase(let from, let to): sides("phase", from.description, to.description)
        case .taskOwner(let from, let to): sides("task-owner", from, to)
        case .setting(let setting, let from, let to):
            sides("setting", from, to)
            fields["setting"] = .string(setting.rawValue)
        }
        return fields
    }

    /// An objective as the file writes it: `at-least: 4.5`, `90% within 2m`.
    private static func syntax(_ objective: Objective) -> String {
        switch objective {
        case .atLeast(let target): "at-least: \(target.fileSyntax)"
        case .atMost(let target): "at-most: \(target.fileSyntax)"
        case .share(let share, let within): "\(Measure.percent(share).fileSyntax) within \(within.description)"
        }
    }

    private static func name(_ text: LocalizedText) -> String { text.allStrings.joined(separator: " / ") }
}
