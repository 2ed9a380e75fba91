import EthosModel

/// The words a change is told in, for one language. `S` is the subject as it opens a
/// sentence ("Value Speed"), `s` as it stands inside one ("value Speed").
///
/// Every phrase is built so the subject's grammatical gender and case never need to agree
/// with anything Ethos adds (Slovenian puts the verb's noun after a colon), so names of any
/// language drop in unchanged.
struct ChangePhrases: Sendable {
    /// Whether numbers and durations use the locale's own formats (English words get
    /// English formats).
    var usesOwnFormats: Bool
    /// What a subject of each kind is called inside a sentence ("value", "Wert").
    let subjects: [ChangeSubject.Kind: String]
    /// What the company is called before its name ("company Velo").
    let company: String
    /// What each text part is called ("action statement").
    let parts: [PhilosophyChange.TextPart: String]
    /// What each setting is called ("working days").
    let settings: [PhilosophyChange.Setting: String]
    let quotes: Quotes
    let added: @Sendable (_ subject: String) -> String
    let removed: @Sendable (_ subject: String) -> String
    let renamed: @Sendable (_ subject: String, _ newName: String) -> String
    let reworded: @Sendable (_ subject: String, _ part: String) -> String
    /// A part of the philosophy itself reworded ("Purpose reworded.").
    let partReworded: @Sendable (_ part: String) -> String
    let tendencies: [PhilosophyChange.Tendency: String]
    /// `S tightened: 90 % within 2 minutes → …`.
    let objective: @Sendable (_ subject: String, _ tendency: String, _ change: String) -> String
    /// Any other change of one thing: `S: window per month → per week.`
    let changed: @Sendable (_ subject: String, _ what: String, _ change: String) -> String
    let window: String
    let refresher: String
    let channel: String
    let deadline: String
    let escalation: String
    let moved: String
    let taskOwner: String
    let kpisAdded: String
    let kpisRemoved: String
    /// `Team Returns now owns standard csat`, with the previous team when there was one.
    let owns: @Sendable (_ team: String, _ subject: String, _ previous: String?) -> String
    /// The standard has no owner any more.
    let ownerless: @Sendable (_ subject: String, _ previous: String) -> String
    /// `90 % within 2 minutes`.
    let share: @Sendable (_ share: String, _ duration: String) -> String
    let atLeast: @Sendable (_ target: String) -> String
    let atMost: @Sendable (_ target: String) -> String
    /// `per month`.
    let perPeriod: @Sendable (_ period: String) -> String
    /// `over 28 days`.
    let overDuration: @Sendable (_ duration: String) -> String
    /// Said for a missing side of a change: no channel means every channel.
    let allChannels: String
    let nobody: String
    let none: String
    let substanceHeading: String
    let wordingHeading: String
    let noChanges: String

    /// Typographic quotes around a long name (a task, a recovery situation).
    struct Quotes: Sendable {
        let open: String
        let close: String
    }

    /// The phrases for `locale`: its language's own, else English.
    static func `for`(_ locale: LocaleID) -> ChangePhrases {
        switch ShippedLanguage(locale) {
        case .german: german
        case .slovenian: slovenian
        case .norwegian: norwegian
        case .english: english
        case nil: fallback
        }
    }

    /// English words with English number formats, for locales without their own wording.
    static let fallback: ChangePhrases = {
        var phrases = english
        phrases.usesOwnFormats = false
        return phrases
    }()
}
