/// Words a file supplies for Ethos's built-in labels (headings, navigation, checklist
/// words): the `labels:` section, or a `--labels` file of the same shape. By locale, then by
/// the label's key as templates read it (`contents`, `checklistTitle`), the text.
///
/// They give a locale Ethos ships no labels for (`fr`, `hr`) its own words, or reword a
/// heading of a shipped language. The keys are kept as written; the loader checks them.
public struct SuppliedLabels: Hashable, Sendable, Codable {
    /// The texts by locale, then by label key.
    public var texts: [LocaleID: [String: String]]

    /// Supplied labels; `[:]` for none.
    public init(_ texts: [LocaleID: [String: String]] = [:]) {
        self.texts = texts
    }

    /// The texts a page in `locale` uses, by label key: those supplied for its language
    /// (`fr` for `fr-CA`) with those for the locale itself laid over them.
    public func labels(for locale: LocaleID) -> [String: String] {
        let language = LocaleID(locale.language)
        guard language != locale, let general = texts[language] else { return texts[locale] ?? [:] }
        return general.merging(texts[locale] ?? [:]) { _, own in own }
    }

    /// These labels with `other`'s laid over them entry by entry: a label both supply takes
    /// `other`'s text, every other label is kept.
    public func overridden(by other: SuppliedLabels) -> SuppliedLabels {
        var merged = texts
        for (locale, labels) in other.texts {
            merged[locale, default: [:]].merge(labels) { _, new in new }
        }
        return SuppliedLabels(merged)
    }

    /// How many labels a page in `locale` shows in English: none for a language Ethos ships
    /// labels for, else those not supplied.
    package func fallbackCount(for locale: LocaleID) -> Int {
        guard ShippedLanguage(locale) == nil else { return 0 }
        let supplied = labels(for: locale)
        return LabelKey.allCases.filter { supplied[$0.rawValue] == nil }.count
    }

    public init(from decoder: Decoder) throws {
        let map = try decoder.singleValueContainer().decode([String: [String: String]].self)
        // Tags that differ only in case (`FR`, `fr`) name one locale: their labels are merged.
        self.init(Dictionary(map.sorted { $0.key < $1.key }.map { (LocaleID($0.key), $0.value) }) { first, second in
            first.merging(second) { _, last in last }
        })
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: texts.map { ($0.key.tag, $0.value) }))
    }
}
