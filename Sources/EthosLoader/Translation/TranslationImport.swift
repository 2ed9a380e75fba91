import EthosModel
import Yams

/// Translations written back into a philosophy file's text, keeping its comments and layout:
/// only the scalars that change are rewritten, and new entries take the indentation of their
/// neighbours.
///
/// - A plain string becomes a flow mapping with the string for each listed locale and the
///   translation: `name: Speed` → `name: {en: "Speed", fr: "Vitesse"}`; a block scalar (`|`,
///   `>`) becomes a block mapping that keeps its lines.
/// - A mapping gets its target entry replaced (and a `# translate` mark after it dropped) or
///   added after its last entry, in block or flow style as the mapping is written.
/// - The target locale is added to `locales` when missing.
///
/// The edited text is loaded again before it is returned; when it would not read back with
/// exactly the intended texts, nothing is returned but an error.
public struct TranslationImport: Sendable {
    /// The file's new text; the same bytes when nothing changed.
    public let text: String
    /// The texts whose translation was written, in the order of the entries.
    public let changed: [FieldPath]
    /// Entries that were skipped, each located in the PO or XLIFF file.
    public let problems: [Diagnostic]
    /// Whether the target locale was added to `locales`.
    public let addedLocale: Bool

    /// Applies the translated entries of `translations` to the philosophy file at `path`,
    /// as ``apply(_:into:from:to:file:)`` does, or, for built-in labels (the file says so,
    /// or every context is a key of `labels`), as ``applyLabels(_:into:english:to:file:)``
    /// does with `labels`, the English label of each key. The file itself is not written; a
    /// byte order mark is kept.
    public static func apply(_ translations: TranslationFile, toPhilosophyAt path: String,
                             labels: [String: String]) -> Result<TranslationImport, Diagnostic> {
        let bytes: [UInt8]
        switch FileBytes.read(path: path, limit: PhilosophyLoader.maximumFileSize) {
        case .success(let read): bytes = read
        case .failure(let failure): return .failure(failure.diagnostic(file: path, kind: "a philosophy file", limit: "10 MiB"))
        }
        return SourceText.decode(bytes, file: path).flatMap { text in
            let mark = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? "\u{FEFF}" : ""
            let isLabels = translations.kind.map { $0 == .labels }
                ?? (!translations.entries.isEmpty && translations.entries.allSatisfy { labels[$0.context] != nil })
            let outcome = isLabels
                ? applyLabels(translations.entries, into: translations.targetLocale, english: labels, to: text, file: path)
                : apply(translations.entries, into: translations.targetLocale, from: translations.sourceLocale, to: text, file: path)
            return outcome.map { outcome in
                TranslationImport(text: mark + outcome.text, changed: outcome.changed, problems: outcome.problems,
                                  addedLocale: outcome.addedLocale)
            }
        }
    }

    /// Whether the file's text changed: something was translated, or a mark dropped.
    public var hasChanges: Bool { !changed.isEmpty }

    /// Applies the translated `entries` (untrusted and missing ones are skipped) for `target`
    /// to the philosophy `text`. An entry's source must still be the text in `source` (the
    /// file's default locale when `nil`). `file` names the philosophy in diagnostics.
    public static func apply(_ entries: [TranslationEntry], into target: LocaleID, from source: LocaleID?,
                             to text: String, file: String) -> Result<TranslationImport, Diagnostic> {
        let loaded = PhilosophyLoader.load(yaml: text, file: file)
        guard let philosophy = loaded.philosophy else {
            let first = loaded.diagnostics.first { $0.severity == .error }
            return .failure(refusal("\(file) has errors; fix them before importing translations"
                                        + (first.map { " (first: \($0.location?.description ?? file): \($0.message))" } ?? ""),
                                    file: file))
        }
        let source = source ?? philosophy.defaultLocale
        guard target != philosophy.defaultLocale else {
            return .failure(refusal("\(target) is the default locale of \(file), the language translations are made from",
                                    file: file))
        }
        guard case .success(let root) = YAMLTree.read(text, file: file) else {
            return .failure(refusal("\(file) cannot be parsed", file: file))
        }
        var editor = Editor(lines: ScalarLines(text), root: root, philosophy: philosophy, marks: loaded.translationMarks,
                            target: target)
        let fields = Dictionary(philosophy.textFields.map { ($0.path.text, $0) }, uniquingKeysWith: { first, _ in first })
        var problems: [Diagnostic] = []
        var seen: Set<String> = []
        for entry in entries where entry.state == .translated {
            guard !seen.contains(entry.context) else {
                problems.append(Diagnostic(.error, .translationSyntax, "a second entry for '\(entry.context)'; the first is used",
                                           fix: "keep one entry per text", location: entry.location))
                continue
            }
            seen.insert(entry.context)
            guard let (path, current) = fields[entry.context] else {
                let guess = Suggestion.closest(to: entry.context, among: Array(fields.keys).sorted())
                problems.append(Diagnostic(.error, .translationUnknown, "\(file) has no text at '\(entry.context)'",
                                           fix: guess.map { "did you mean '\($0)'? Export again to get the current paths" }
                                               ?? "export again to get the current paths",
                                           location: entry.location))
                continue
            }
            let now = current.resolved(for: source, defaultLocale: source)
            guard entry.source == now else {
                problems.append(Diagnostic(.error, .translationSourceChanged,
                                           "the \(source) text of '\(entry.context)' changed since the export; it now reads '\(now.prefix(60))'",
                                           fix: "export again and translate the new text", location: entry.location))
                continue
            }
            if let problem = editor.translate(path, current, to: entry.target, entry: entry) { problems.append(problem) }
        }
        if !editor.changed.isEmpty { editor.addTargetLocale() }
        let edited = editor.lines.applying(editor.edits)
        if let failure = verify(edited, expected: editor.expected, target: target, file: file) { return .failure(failure) }
        return .success(TranslationImport(text: edited, changed: editor.changed, problems: problems,
                                          addedLocale: editor.addedLocale))
    }

    /// Whether `edited` loads and holds exactly the intended texts; the reason it does not.
    private static func verify(_ edited: String, expected: [String: LocalizedText], target: LocaleID,
                               file: String) -> Diagnostic? {
        let reloaded = PhilosophyLoader.load(yaml: edited, file: file)
        guard let philosophy = reloaded.philosophy else {
            let first = reloaded.diagnostics.first { $0.severity == .error }?.message ?? "it does not load"
            return refusal("the translated file would not load again (\(first)); \(file) is left as it was", file: file)
        }
        let texts = Dictionary(philosophy.textFields.map { ($0.path.text, $0.text) }, uniquingKeysWith: { first, _ in first })
        for (path, text) in expected.sorted(by: { $0.key < $1.key }) where texts[path] != text {
            return refusal("the translated file would not read back as intended at '\(path)'; \(file) is left as it was",
                           file: file)
        }
        guard philosophy.locales.contains(target) else {
            return refusal("'\(target)' could not be added to 'locales'; \(file) is left as it was", file: file)
        }
        return nil
    }

    static func refusal(_ message: String, file: String) -> Diagnostic {
        Diagnostic(.error, .translationSyntax, message, location: SourceLocation(file: file, line: 1, column: 1))
    }
}
