import EthosModel

/// How one text stands in one locale: the one judgement `ethos translate status` counts and
/// `ethos translate export` marks.
public enum TranslationState: String, Sendable, CaseIterable {
    /// Its own translation.
    case translated
    /// One plain string for every locale (a name, `24/7`).
    case shared
    /// A copy: marked `# translate`, or the same as the source text in another locale.
    case copied
    /// No translation: the locale falls back to another.
    case missing

    /// How `text` at `path` stands in `locale`, given the source locale and the file's marks.
    public static func of(_ text: LocalizedText, at path: FieldPath, in locale: LocaleID, source: LocaleID,
                          marks: TranslationMarks) -> TranslationState {
        if text.universal != nil { return marks.isMarked(path, in: locale) ? .copied : .shared }
        guard let own = text.translations[locale] else { return .missing }
        if marks.isMarked(path, in: locale) { return .copied }
        if locale != source, own == text.translations[source] { return .copied }
        return .translated
    }
}
