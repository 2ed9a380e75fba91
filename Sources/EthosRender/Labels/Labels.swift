import EthosModel

/// The words Ethos itself puts around a philosophy (headings, column names, checklist
/// phrases) in one locale. `en`, `de`, `sl` and `nb` have their own; other locales get
/// English, matching the objective sentences, except for the words a philosophy supplies
/// (its `labels:` section, ``for(_:supplied:)``).
///
/// Templates read these as `{{labels.KEY}}`, Swift as `labels[.KEY]` (``LabelKey``);
/// `docs/templates.md` lists the keys. A label with `{n}`, `{team}` or another placeholder
/// in braces is filled in by Ethos before use.
package struct Labels: Sendable {
    /// The locale whose built-in words these start from (`en` for locales without their own).
    package let locale: LocaleID
    /// Every label by its key's name, as templates read them; a label shown in English on a
    /// page in another language (a locale Ethos ships no labels for, without supplied words)
    /// is marked as English (``LanguageMarks``), so the HTML says so with `lang`.
    package let text: [String: String]
    /// Every label by its key's name, without marks: for templates that are not Markdown.
    package let plainText: [String: String]
    /// What tells these labels apart from others with the same keys, for the template
    /// shells' cache: the built-in labels are named by their locale, labels with supplied or
    /// fallback words by the page's locale and every supplied word.
    let identity: String
    private let words: [LabelKey: String]

    private init(builtIn locale: LocaleID, words: (LabelKey) -> String) {
        self.locale = locale
        self.words = Dictionary(uniqueKeysWithValues: LabelKey.allCases.map { ($0, words($0)) })
        text = Dictionary(uniqueKeysWithValues: LabelKey.allCases.map { ($0.rawValue, words($0)) })
        plainText = text
        identity = "built-in \(locale)"
    }

    /// `builtIn`'s labels for a page in `page`, with `supplied` words laid over them; when
    /// `builtIn` is another language's, the labels not supplied are marked as in that language.
    private init(_ builtIn: Labels, supplied: [String: String], page: LocaleID) {
        locale = builtIn.locale
        let fallsBack = builtIn.locale.language != page.language
        var words = builtIn.words
        var text = builtIn.text
        for key in LabelKey.allCases {
            if let word = supplied[key.rawValue] {
                words[key] = word
                text[key.rawValue] = word
            } else if fallsBack, let word = words[key] {
                text[key.rawValue] = LanguageMarks.mark(word, as: builtIn.locale)
            }
        }
        self.words = words
        self.text = text
        plainText = Dictionary(uniqueKeysWithValues: words.map { ($0.key.rawValue, $0.value) })
        identity = (["\(builtIn.identity) for \(page)"] + supplied.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
            .joined(separator: "\u{1}")
    }

    /// The labels for `locale`: its language's own, else English.
    package static func `for`(_ locale: LocaleID) -> Labels {
        switch ShippedLanguage(locale) {
        case .german: builtInGerman
        case .slovenian: builtInSlovenian
        case .norwegian: builtInNorwegian
        case .english, nil: builtInEnglish
        }
    }

    /// The labels for `locale` with the words `supplied` for it laid over the built-in ones;
    /// the built-in ones alone when it supplies none and Ethos ships the language's own.
    package static func `for`(_ locale: LocaleID, supplied: SuppliedLabels) -> Labels {
        let builtIn = Labels.for(locale)
        let own = supplied.labels(for: locale)
        guard !own.isEmpty || builtIn.locale.language != locale.language else { return builtIn }
        return Labels(builtIn, supplied: own, page: locale)
    }

    // Made once: every page asks for its locale's labels.
    private static let builtInEnglish = Labels(builtIn: "en", words: \.english)
    private static let builtInGerman = Labels(builtIn: "de", words: german)
    private static let builtInSlovenian = Labels(builtIn: "sl", words: slovenian)
    private static let builtInNorwegian = Labels(builtIn: "nb", words: norwegian)

    /// The label for `key`, with `{name}` placeholders replaced by `values[name]`.
    package subscript(_ key: LabelKey, _ values: [String: String] = [:]) -> String {
        let label = words[key] ?? key.rawValue
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

    /// The label for `key` with its placeholders filled, as a page shows it: marked as English
    /// when it is shown in English on a page in another language, like ``text``.
    package func marked(_ key: LabelKey, _ values: [String: String] = [:]) -> String {
        guard let run = text[key.rawValue].flatMap(LanguageMarks.run) else { return self[key, values] }
        return LanguageMarks.mark(self[key, values], as: LocaleID(run.tag))
    }

    /// `Day 3`, `Week 2`.
    package func phase(_ phase: Phase) -> String {
        switch phase {
        case .day(let number): self[.phaseDay, ["n": String(number)]]
        case .week(let number): self[.phaseWeek, ["n": String(number)]]
        }
    }

    /// `month`, `quarter`, or a duration such as `30 days`: the period a standard is judged over.
    package func window(_ window: Window, format: LocalizedFormat) -> String {
        switch window {
        case .calendar(let period): self[.window(period)]
        case .duration(let duration): format.duration(duration)
        }
    }

    /// `quarterly`, or a duration: how often refresher training happens.
    package func refresher(_ window: Window, format: LocalizedFormat) -> (label: String, value: String) {
        switch window {
        case .calendar(let period): (self[.refresherTraining], self[.every(period)])
        case .duration(let duration): (self[.refresherInterval], format.duration(duration))
        }
    }

    /// The name of a task owner: `manager` becomes `Manager` or `Führungskraft`; other owners
    /// are shown as written.
    package func owner(_ owner: String) -> String {
        LabelKey.owner(named: owner).map { self[$0] } ?? owner
    }
}
