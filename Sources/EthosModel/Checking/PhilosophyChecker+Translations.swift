extension PhilosophyChecker {
    /// Texts must name only listed locales; a text missing a listed locale draws a warning
    /// (it falls back to the default locale). Required texts must not be empty.
    mutating func checkTranslations() {
        let listed = Set(philosophy.locales)
        for (path, text) in philosophy.textFields {
            for locale in text.translations.keys.sorted() where !listed.contains(locale) {
                report(.unlistedLocale, "'\(locale)' is not listed under 'locales'",
                       fix: "add it to 'locales' or remove this translation", at: path.key(locale.tag))
            }
            let missing = text.missingLocales(in: philosophy.locales)
            if !missing.isEmpty, !text.translations.isEmpty {
                report(.translationMissing,
                       "no \(missing.map(\.tag).joined(separator: ", ")) translation; the \(philosophy.defaultLocale) text is used",
                       severity: .warning,
                       fix: "add '\(missing[0].tag):' to this text", at: path)
            }
            if text.allStrings.allSatisfy({ $0.trimmingWhitespace.isEmpty }) {
                report(.emptyValue, "the text is empty", at: path)
            }
        }
    }
}
