import EthosModel

/// The words Ethos itself puts around a philosophy (headings, column names, checklist
/// phrases) in one locale. `en`, `de`, `sl` and `nb` have their own; other locales get
/// English, matching the objective sentences.
///
/// Templates read these as `{{labels.KEY}}`; `docs/templates.md` lists the keys. A label with
/// `{n}`, `{team}` or another placeholder in braces is filled in by Ethos before use.
public struct Labels: Sendable {
    /// The locale whose words these are (`en` for locales without their own).
    public let locale: LocaleID
    /// Every label by key.
    public let text: [String: String]
    /// What tells these labels apart from others with the same keys, for the template
    /// shells' cache: the built-in labels are named by their locale. Labels made from other
    /// words must get an identity of their own.
    let identity: String

    private init(builtIn locale: LocaleID, text: [String: String]) {
        self.locale = locale
        self.text = text
        identity = "built-in \(locale)"
    }

    /// The labels for `locale`: its language's own, else English.
    public static func `for`(_ locale: LocaleID) -> Labels {
        switch locale.language {
        case "de": Labels(builtIn: "de", text: german)
        case "sl": Labels(builtIn: "sl", text: slovenian)
        case "nb", "no": Labels(builtIn: "nb", text: norwegian)
        default: Labels(builtIn: "en", text: english)
        }
    }

    /// The label for `key`, with `{name}` placeholders replaced by `values[name]`.
    public subscript(_ key: String, _ values: [String: String] = [:]) -> String {
        let label = text[key] ?? Labels.english[key] ?? key
        guard !values.isEmpty else { return label }
        var filled = ""
        var rest = label[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            filled += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            filled += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return filled + rest
    }

    /// `Day 3`, `Week 2`.
    public func phase(_ phase: Phase) -> String {
        switch phase {
        case .day(let number): self["phaseDay", ["n": String(number)]]
        case .week(let number): self["phaseWeek", ["n": String(number)]]
        }
    }

    /// `month`, `quarter`, or a duration such as `30 days`: the period a standard is judged over.
    package func window(_ window: Window, format: LocalizedFormat) -> String {
        switch window {
        case .calendar(let period): self["window-" + period.rawValue]
        case .duration(let duration): format.duration(duration)
        }
    }

    /// `quarterly`, or a duration: how often refresher training happens.
    package func refresher(_ window: Window, format: LocalizedFormat) -> (label: String, value: String) {
        switch window {
        case .calendar(let period): (self["refresherTraining"], self["every-" + period.rawValue])
        case .duration(let duration): (self["refresherInterval"], format.duration(duration))
        }
    }

    /// The name of a task owner: `manager` becomes `Manager` or `Führungskraft`; other owners
    /// are shown as written.
    public func owner(_ owner: String) -> String {
        text["owner-" + owner.lowercased()] ?? owner
    }
}
