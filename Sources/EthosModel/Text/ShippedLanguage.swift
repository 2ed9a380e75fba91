/// A language Ethos writes its own words in (labels, sentences, lint fixes): English,
/// German, Slovenian and Norwegian Bokmål. Each table of words switches over these, so the
/// tags that name them are known in one place.
package enum ShippedLanguage: CaseIterable, Sendable {
    case english, german, slovenian, norwegian

    /// The language of `locale` when Ethos ships it (`de-AT` is German, and `no` is taken
    /// as Bokmål); `nil` for any other.
    package init?(_ locale: LocaleID) {
        switch locale.language {
        case "en": self = .english
        case "de": self = .german
        case "sl": self = .slovenian
        case "nb", "no": self = .norwegian
        default: return nil
        }
    }
}
