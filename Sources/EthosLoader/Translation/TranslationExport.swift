import EthosModel

extension TranslationCatalog {
    /// The texts of `philosophy` for a translator into `target`: each in the file's default
    /// locale with its `target` translation. A missing translation is left empty; a copy or a
    /// plain string shared by every locale (see ``TranslationState``) is kept but flagged
    /// untrusted, with a note that says why, for the translator to translate or confirm.
    /// Each entry notes where the text is written (`nextiva.yml:12`).
    public static func texts(of philosophy: Philosophy, into target: LocaleID, marks: TranslationMarks,
                             locations: FieldLocations, original: String) -> TranslationCatalog {
        let source = philosophy.defaultLocale
        let entries = philosophy.textFields.map { path, text in
            let state = TranslationState.of(text, at: path, in: target, source: source, marks: marks)
            let line = locations.location(of: path.key(target.tag)).line
            var notes = ["\(original):\(line)"]
            switch state {
            case .copied where marks.isMarked(path, in: target):
                notes.append("Marked '# translate': a copy to be translated.")
            case .copied:
                notes.append("The same as the \(source) text: check whether it needs translating.")
            case .shared:
                notes.append("One text for every locale: translate it, or confirm it unchanged.")
            case .translated, .missing:
                break
            }
            let entryState: TranslationEntry.State = switch state {
            case .translated: .translated
            case .copied, .shared: .untrusted
            case .missing: .missing
            }
            return TranslationEntry(context: path.text, source: text.resolved(for: source, defaultLocale: source),
                                    target: state == .missing ? "" : text.resolved(for: target, defaultLocale: source),
                                    state: entryState, notes: notes)
        }
        return TranslationCatalog(kind: .texts, company: philosophy.company, original: original, sourceLocale: source,
                                  targetLocale: target, entries: entries)
    }
}
