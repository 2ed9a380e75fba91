extension PhilosophyChecker {
    /// Texts must name only listed locales; a text missing a listed locale draws a warning
    /// (it falls back to the default locale). Required texts must not be empty.
    ///
    /// A locale that no text is translated into yet (just added to `locales`) draws one
    /// warning at its entry there, with the number of texts, instead of one per text.
    ///
    /// A mistaken tag in `locales` (`no` for `nb`) is reported once there: texts written under
    /// the intended tag are not also unlisted, nor do they lack the mistaken one.
    mutating func checkTranslations() {
        let mistaken = philosophy.locales.filter { $0.likelyIntended != nil }
        let listed = Set(philosophy.locales + mistaken.compactMap(\.likelyIntended))
        let fields = philosophy.textFields
        let untranslated = reportUntranslatedLocales(fields, among: philosophy.locales.filter { !mistaken.contains($0) })
        let expected = philosophy.locales.filter { !mistaken.contains($0) && !untranslated.contains($0) }
        for (path, text) in fields {
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

    /// Reports, at its entry in `locales`, each of `locales` that no translated text (one
    /// written as a mapping) has, when more than one lacks it; returns those locales, whose
    /// texts are then not reported one by one.
    private mutating func reportUntranslatedLocales(_ fields: [(path: FieldPath, text: LocalizedText)],
                                                    among locales: [LocaleID]) -> Set<LocaleID> {
        let translated = fields.filter { !$0.text.translations.isEmpty }
        var untranslated: Set<LocaleID> = []
        for (index, locale) in philosophy.locales.enumerated() where locales.contains(locale) {
            guard translated.count > 1, translated.allSatisfy({ $0.text.translations[locale] == nil }) else { continue }
            let used = translated[0].text.resolution(for: locale, defaultLocale: philosophy.defaultLocale).locale
            report(.translationMissing,
                   "no text is translated into \(locale) yet: \(translated.count) texts show the \(used ?? philosophy.defaultLocale) text",
                   severity: .warning,
                   fix: "add '\(locale.tag):' to each text, or exchange them with 'ethos translate export --locale \(locale.tag)'",
                   at: FieldPath.philosophy.locales(index))
            untranslated.insert(locale)
        }
        return untranslated
    }
}
