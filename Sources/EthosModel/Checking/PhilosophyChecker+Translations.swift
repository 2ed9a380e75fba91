extension PhilosophyChecker {
    /// Texts must name only listed locales; a text missing a listed locale draws a warning
    /// (it falls back to the default locale). Required texts must not be empty.
    ///
    /// A mistaken tag in `locales` (`no` for `nb`) is reported once there: texts written under
    /// the intended tag are not also unlisted, nor do they lack the mistaken one.
    mutating func checkTranslations() {
        let mistaken = philosophy.locales.filter { $0.likelyIntended != nil }
        let listed = Set(philosophy.locales + mistaken.compactMap(\.likelyIntended))
        let expected = philosophy.locales.filter { !mistaken.contains($0) }
        for (path, text) in philosophy.textFields {
            for locale in text.translations.keys.sorted() where !listed.contains(locale) {
                report(.unlistedLocale, "'\(locale)' is not listed under 'locales'",
                       fix: "add it to 'locales' or remove this translation", at: path.key(locale.tag))
            }
            let missing = text.missingLocales(in: expected)
            if !missing.isEmpty, !text.translations.isEmpty {
                let used = text.resolution(for: missing[0], defaultLocale: philosophy.defaultLocale).locale
                report(.translationMissing,
                       "no \(missing.map(\.tag).joined(separator: ", ")) translation; the \(used ?? philosophy.defaultLocale) text is used",
                       severity: .warning,
                       fix: "add '\(missing[0].tag):' to this text", at: path)
            }
            if text.allStrings.allSatisfy({ $0.trimmingWhitespace.isEmpty }) {
                report(.emptyValue, "the text is empty", at: path)
            }
        }
    }
}
