import EthosModel

/// How much of a philosophy is translated into one locale, for `ethos translate status`.
public struct TranslationCoverage: Sendable {
    /// The locale.
    public let locale: LocaleID
    /// How many texts stand in each state, keyed by every `TranslationState`.
    public let counts: [TranslationState: Int]
    /// The copied and missing texts, by field path, for the translator's to-do list.
    public let untranslated: [(path: FieldPath, state: TranslationState)]

    /// Every text field.
    public var total: Int { counts.values.reduce(0, +) }

    /// The share of texts that are translated or shared, in whole percent rounded down (so a
    /// single missing text never shows as 100 %).
    public var percent: Int {
        total == 0 ? 100 : ((counts[.translated] ?? 0) + (counts[.shared] ?? 0)) * 100 / total
    }

    /// Whether every text is translated or shared.
    public var isComplete: Bool { untranslated.isEmpty }

    /// The coverage of every listed locale, in the order of `locales`.
    public static func of(_ philosophy: Philosophy, marks: TranslationMarks) -> [TranslationCoverage] {
        let fields = philosophy.textFields
        return philosophy.locales.map { locale in
            var counts = Dictionary(uniqueKeysWithValues: TranslationState.allCases.map { ($0, 0) })
            var untranslated: [(FieldPath, TranslationState)] = []
            for (path, text) in fields {
                let state = TranslationState.of(text, at: path, in: locale, source: philosophy.defaultLocale, marks: marks)
                counts[state, default: 0] += 1
                if state == .copied || state == .missing { untranslated.append((path, state)) }
            }
            return TranslationCoverage(locale: locale, counts: counts, untranslated: untranslated)
        }
    }
}
