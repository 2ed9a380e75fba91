import EthosLoader
import EthosModel

extension TranslationCatalog {
    /// The built-in labels for a translator into `target`: every label key in English with
    /// the words Ethos ships for `target`'s language, or an empty translation when it ships
    /// none. Placeholders such as `{n}` stay in braces for the translator to keep.
    public static func labels(into target: LocaleID, company: String, original: String) -> TranslationCatalog {
        let english = Labels.for("en")
        let own = Labels.for(target)
        let ships = own.locale.language == target.language
        let entries = LabelKey.allCases.map { key in
            TranslationEntry(context: key.rawValue, source: english[key], target: ships ? own[key] : "",
                             state: ships ? .translated : .missing)
        }
        return TranslationCatalog(kind: .labels, company: company, original: original, sourceLocale: "en",
                                  targetLocale: target, entries: entries)
    }
}
