import EthosModel

/// A rule's fix in each language Ethos ships (en, de, sl, nb), for findings about a text: the
/// fix for a German action statement is written in German, so the person who wrote the text can
/// act on it.
struct LocalizedFix: Sendable {
    /// The fix in English, which is also the rule's general ``LintRule/fix``.
    let english: String
    let german: String
    let slovenian: String
    let norwegian: String

    /// The fix in `locale`'s language; English for a language Ethos has no fixes in.
    func text(in locale: LocaleID) -> String {
        switch ShippedLanguage(locale) {
        case .german: german
        case .slovenian: slovenian
        case .norwegian: norwegian
        case .english, nil: english
        }
    }
}
