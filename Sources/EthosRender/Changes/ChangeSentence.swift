import EthosModel

/// Says a `PhilosophyChange` in one language, for the people who work by the philosophy:
/// "Standard frt-phone tightened: 90 % within 2 minutes → 90 % within 1 minute, per month."
public struct ChangeSentence: Sendable {
    /// The language the sentences are in.
    public let locale: LocaleID
    private let defaultLocale: LocaleID
    private let phrases: ChangePhrases
    private let labels: Labels
    private let format: LocalizedFormat

    /// Sentences in `locale`, naming things as `philosophy` (the newer version) names them.
    public init(locale: LocaleID, philosophy: Philosophy) {
        self.locale = locale
        defaultLocale = philosophy.defaultLocale
        phrases = ChangePhrases.for(locale)
        labels = Labels.for(locale, supplied: philosophy.labels)
        format = LocalizedFormat(phrases.usesOwnFormats ? locale : "en")
    }

    /// Whether `change` shows in this language: a reworded text only where its published
    /// words changed, a rename only where the name reads differently.
    public func concerns(_ change: PhilosophyChange) -> Bool {
        switch change.kind {
        case .reworded(_, let locales): locales.contains(locale)
        case .renamed(let from): text(from) != text(change.subject.name)
        default: true
        }
    }

    /// The sentence for `change`.
    public func sentence(for change: PhilosophyChange) -> String {
        let subject = subjectPhrase(change.subject, oldName: nil)
        let opening = capitalized(subject)
        switch change.kind {
        case .added:
            return phrases.added(opening)
        case .removed:
            return phrases.removed(opening)
        case .renamed(let from):
            let oldSubject = capitalized(subjectPhrase(change.subject, oldName: from))
            return phrases.renamed(oldSubject, quotedIfLong(text(change.subject.name)))
        case .reworded(let part, _):
            let partName = phrases.parts[part] ?? part.rawValue
            switch (change.subject.kind, part) {
            case (.philosophy, _): return phrases.partReworded(capitalized(partName))
            case (.task, .task), (.recoveryPlan, .situation): return phrases.partReworded(opening)
            default: return phrases.reworded(opening, partName)
            }
        case .objective(let from, let to, let tendency, let period):
            let judged = period.map { ", " + window($0) } ?? ""
            return phrases.objective(opening, phrases.tendencies[tendency] ?? tendency.rawValue,
                                     arrow(objective(from), objective(to)) + judged)
        case .window(let from, let to):
            let difference = arrow(window(from), window(to))
            return change.subject.kind == .philosophy
                ? capitalized(phrases.refresher) + ": " + difference + "."
                : phrases.changed(opening, phrases.window, difference)
        case .owner(let from, let to):
            guard let to else { return phrases.ownerless(opening, from.map(text) ?? phrases.nobody) }
            return phrases.owns(text(to), subject, from.map(text))
        case .channel(let from, let to):
            return phrases.changed(opening, phrases.channel, arrow(from ?? phrases.allChannels, to ?? phrases.allChannels))
        case .kpis(let added, let removed):
            let parts = [(phrases.kpisAdded, added), (phrases.kpisRemoved, removed)].filter { !$0.1.isEmpty }
            return opening + ": " + parts.map { "\($0): \($1.joined(separator: ", "))" }.joined(separator: "; ") + "."
        case .deadline(let from, let to, let tendency):
            let difference = arrow(from.map(format.duration) ?? phrases.none, to.map(format.duration) ?? phrases.none)
            return phrases.objective(opening, phrases.tendencies[tendency] ?? tendency.rawValue,
                                     phrases.deadline + " " + difference)
        case .escalation(let from, let to):
            return phrases.changed(opening, phrases.escalation,
                                   arrow(from.map(text) ?? phrases.nobody, to.map(text) ?? phrases.nobody))
        case .phase(let from, let to):
            return phrases.changed(opening, phrases.moved, arrow(labels.phase(from), labels.phase(to)))
        case .taskOwner(let from, let to):
            let owner = { (owner: String?) in owner.map(labels.owner) ?? phrases.nobody }
            return phrases.changed(opening, phrases.taskOwner, arrow(owner(from), owner(to)))
        case .setting(let setting, let from, let to):
            let name = phrases.settings[setting] ?? setting.rawValue
            let (before, after) = (settingValue(setting, from), settingValue(setting, to))
            return change.subject.kind == .philosophy
                ? capitalized(name) + ": " + arrow(before, after) + "."
                : phrases.changed(opening, name, arrow(before, after))
        }
    }

    /// `value Speed`, `onboarding task “Listen in on ten calls” (team Support)`, or for the
    /// philosophy itself, what it is called.
    private func subjectPhrase(_ subject: ChangeSubject, oldName: LocalizedText?) -> String {
        let noun = phrases.subjects[subject.kind] ?? subject.kind.rawValue
        let name = text(oldName ?? subject.name)
        switch subject.kind {
        case .philosophy:
            return subject.id == "company" ? "\(phrases.company) \(name)" : noun
        case .task, .recoveryPlan:
            let team = subject.team.map { " (\(phrases.subjects[.team] ?? "team") \(text($0)))" } ?? ""
            return "\(noun) \(quoted(shortened(name)))\(team)"
        default:
            return "\(noun) \(quotedIfLong(name))"
        }
    }

    /// A setting's value in words where Ethos has them (a KPI's unit or direction), else as
    /// the file writes it.
    private func settingValue(_ setting: PhilosophyChange.Setting, _ value: String) -> String {
        if value.isEmpty { return phrases.none }
        switch setting {
        case .unit: return KPIUnit(rawValue: value).map { labels[.unit($0)] } ?? value
        case .direction: return KPIDirection(rawValue: value).map { labels[.better($0)] } ?? value
        default: return value
        }
    }

    private func objective(_ objective: Objective) -> String {
        switch objective {
        case .atLeast(let target): phrases.atLeast(format.measure(target))
        case .atMost(let target): phrases.atMost(format.measure(target))
        case .share(let share, let within): phrases.share(format.percent(share), format.duration(within))
        }
    }

    private func window(_ window: Window?) -> String {
        switch window {
        case nil: phrases.none
        case .calendar(let period)?: phrases.perPeriod(labels[.window(period)])
        case .duration(let duration)?: phrases.overDuration(format.duration(duration))
        }
    }

    private func text(_ text: LocalizedText) -> String {
        text.resolved(for: locale, defaultLocale: defaultLocale)
    }

    private func arrow(_ before: String, _ after: String) -> String { "\(before) → \(after)" }

    private func quoted(_ text: String) -> String { phrases.quotes.open + text + phrases.quotes.close }

    /// A name of several words is quoted, so the sentence around it stays readable.
    private func quotedIfLong(_ text: String) -> String {
        text.split(separator: " ").count > 3 ? quoted(shortened(text)) : text
    }

    /// The first words of a long text, up to about 60 characters, with an ellipsis; a
    /// closing full stop is dropped, as the sentence around it has its own.
    private func shortened(_ text: String) -> String {
        var line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        if line.hasSuffix(".") { line.removeLast() }
        guard line.count > 60 else { return line }
        var result = ""
        for word in line.split(separator: " ") {
            if result.count + word.count + 1 > 57 { break }
            result += result.isEmpty ? String(word) : " " + word
        }
        return (result.isEmpty ? String(line.prefix(57)) : result) + "…"
    }

    private func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
