import EthosModel

/// What a rule checks: the philosophy, with the helpers rules share.
struct LintSubject: Sendable {
    /// One string of a text field, with its locale and the path that points at it.
    struct LocalizedString {
        /// The locale of a translation; `nil` for a plain string, which serves every locale.
        let locale: LocaleID?
        let text: String
        /// The field, or for a translation its locale key (`vision.de`).
        let path: FieldPath
        /// ` (de)` for a translation, to follow a name in a message; empty for a plain string.
        var localeNote: String { locale.map { " (\($0))" } ?? "" }
    }

    let philosophy: Philosophy
    /// The KPIs in effect: the built-ins with the file's own.
    let catalog: KPICatalog
    let suppressions: Suppressions

    init(_ philosophy: Philosophy) {
        self.philosophy = philosophy
        self.catalog = philosophy.kpiCatalog
        self.suppressions = Suppressions(philosophy)
    }

    /// `text` in the default locale, for messages.
    func name(_ text: LocalizedText) -> String {
        philosophy.text(text, in: philosophy.defaultLocale)
    }

    /// The strings of `text` at `path`: a plain string once, without a locale; translations in
    /// the order of `locales`, then any others by tag.
    func strings(of text: LocalizedText, at path: FieldPath) -> [LocalizedString] {
        if let universal = text.universal {
            return [LocalizedString(locale: nil, text: universal, path: path)]
        }
        let listed = philosophy.locales.filter { text.translations[$0] != nil }
        let others = text.translations.keys.filter { !philosophy.locales.contains($0) }.sorted()
        return (listed + others).map { locale in
            LocalizedString(locale: locale, text: text.translations[locale] ?? "", path: path.key(locale.tag))
        }
    }

    /// The locale `string` is written in, for a fix in its language: its own, or for a plain
    /// string the default locale.
    func locale(of string: LocalizedString) -> LocaleID {
        string.locale ?? philosophy.defaultLocale
    }

    /// The locales `string` may be written in: its own, or for a plain string every listed one.
    func locales(of string: LocalizedString) -> [LocaleID] {
        string.locale.map { [$0] } ?? philosophy.locales
    }
}
