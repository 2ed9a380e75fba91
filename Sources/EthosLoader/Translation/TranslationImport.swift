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
        guard case .success(let root) = YAMLTree.compose(text, file: file) else {
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

    /// The edits to one file, planned against its original text.
    private struct Editor {
        let lines: ScalarLines
        let root: Node
        let philosophy: Philosophy
        let marks: TranslationMarks
        let target: LocaleID
        var edits: [TextEdit] = []
        var changed: [FieldPath] = []
        /// Each edited text as it must read back, by path.
        var expected: [String: LocalizedText] = [:]
        var addedLocale = false

        init(lines: ScalarLines, root: Node, philosophy: Philosophy, marks: TranslationMarks, target: LocaleID) {
            self.lines = lines
            self.root = root
            self.philosophy = philosophy
            self.marks = marks
            self.target = target
        }

        /// Plans writing `translation` as the target text of `current` at `path`; a problem when
        /// the text is written in a way that cannot be edited safely.
        mutating func translate(_ path: FieldPath, _ current: LocalizedText, to translation: String,
                                entry: TranslationEntry) -> Diagnostic? {
            let own = current.universal ?? current.translations[target]
            guard own != translation || marks.isMarked(path, in: target) else { return nil }
            guard let field = FieldNode.find(path, in: root, lines: lines), !field.hasAnchorOrTag(in: lines) else {
                return uneditable(path, entry)
            }
            switch field.node {
            case .scalar:
                guard let span = ScalarSpan.range(of: field, in: lines), let universal = current.universal else {
                    return uneditable(path, entry)
                }
                if universal == translation { return nil }
                let others = philosophy.locales.filter { $0 != target }
                edits.append(blockMappingEdit(field, span, others: others, translation)
                    ?? flowMappingEdit(span, universal, others: others, translation))
                var translations = Dictionary(uniqueKeysWithValues: others.map { ($0, universal) })
                translations[target] = translation
                expected[path.text] = LocalizedText(translations)
            case .mapping(let mapping):
                guard let edit = mappingEdit(field, mapping, translation) else { return uneditable(path, entry) }
                edits.append(edit)
                var translations = current.translations
                translations[target] = translation
                expected[path.text] = LocalizedText(translations)
            default:
                return uneditable(path, entry)
            }
            changed.append(path)
            return nil
        }

        /// A plain string as a flow mapping: `{en: "Speed", fr: "Vitesse"}`.
        private func flowMappingEdit(_ span: Range<Int>, _ universal: String, others: [LocaleID],
                                     _ translation: String) -> TextEdit {
            let pairs = others.map { "\($0.tag): \(YAMLQuoting.doubleQuoted(universal))" }
                + ["\(target.tag): \(YAMLQuoting.doubleQuoted(translation))"]
            return TextEdit(range: span, replacement: "{" + pairs.joined(separator: ", ") + "}")
        }

        /// A block scalar (`|` or `>`) that is a mapping's value as a block mapping, the
        /// scalar kept as written (two spaces deeper) for each other locale, so a long text
        /// keeps its lines; `nil` for any other scalar, one with an explicit indentation, or
        /// one that ends the file.
        private func blockMappingEdit(_ field: FieldNode, _ span: Range<Int>, others: [LocaleID],
                                      _ translation: String) -> TextEdit? {
            guard case .scalar(let scalar) = field.node, scalar.style == .literal || scalar.style == .folded,
                  !field.inFlow, field.isMappingValue,
                  // At the end of a file without a line break, a copy followed by more lines would gain one.
                  span.upperBound < lines.scalars.count else { return nil }
            let written = lines.text(span)
            let header = written.prefix { $0 != "\n" && $0 != "\r" }
            guard !header.contains(where: \.isNumber) else { return nil }
            let deeper = written.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                index == 0 || line.allSatisfy({ $0 == " " || $0 == "\r" }) ? String(line) : "  " + line
            }.joined(separator: "\n")
            let indent = String(repeating: " ", count: field.parentIndent + 2)
            let entries = others.map { "\(indent)\($0.tag): \(deeper)" }
                + ["\(indent)\(target.tag): \(YAMLQuoting.doubleQuoted(translation))"]
            var start = span.lowerBound
            while start > 0, lines.scalars[start - 1] == " " { start -= 1 }
            return TextEdit(range: start..<span.upperBound,
                            replacement: lines.lineBreak + entries.joined(separator: lines.lineBreak))
        }

        /// The edit that replaces the target entry of a text's mapping, with its `# translate`
        /// mark, or adds one after the last entry.
        private func mappingEdit(_ field: FieldNode, _ mapping: Node.Mapping, _ translation: String) -> TextEdit? {
            let quoted = YAMLQuoting.doubleQuoted(translation)
            if let key = mapping.keys.first(where: { $0.scalar.map { LocaleID($0.string) } == target }),
               let value = field.child(key: key.scalar?.string ?? "", lines: lines)?.value {
                guard let span = ScalarSpan.range(of: value, in: lines) else { return nil }
                let end = TranslationMarks.markComment(after: span.upperBound, in: lines)?.upperBound ?? span.upperBound
                return TextEdit(range: span.lowerBound..<end, replacement: quoted)
            }
            guard let lastKey = Array(mapping.keys).last, let firstKey = mapping.keys.first,
                  let last = field.child(key: lastKey.scalar?.string ?? "", lines: lines)?.value,
                  let span = ScalarSpan.range(of: last, in: lines) else { return nil }
            if field.isFlow(in: lines) {
                return .insert(", \(target.tag): \(quoted)", at: span.upperBound)
            }
            let indent = String(repeating: " ", count: (firstKey.mark?.column ?? 1) - 1)
            return .insert(lines.lineBreak + indent + "\(target.tag): \(quoted)",
                           at: lines.lineEnd(lines.line(at: span.upperBound)))
        }

        /// Plans adding the target locale to `locales`, or writing `locales` after `company`.
        mutating func addTargetLocale() {
            guard !philosophy.locales.contains(target) else { return }
            let tag = target.tag
            if let locales = FieldNode.find(FieldPath.root.key("locales"), in: root, lines: lines),
               case .sequence(let sequence) = locales.node {
                guard let lastIndex = sequence.indices.last,
                      let last = FieldNode.find(FieldPath.root.key("locales").index(lastIndex), in: root, lines: lines),
                      let span = ScalarSpan.range(of: last, in: lines) else { return }
                if locales.isFlow(in: lines) {
                    edits.append(.insert(", \(tag)", at: span.upperBound))
                } else {
                    let indent = String(repeating: " ", count: (locales.node.mark?.column ?? 1) - 1)
                    edits.append(.insert(lines.lineBreak + indent + "- \(tag)", at: lines.lineEnd(lines.line(at: span.upperBound))))
                }
            } else if let company = FieldNode.find(FieldPath.root.key("company"), in: root, lines: lines),
                      let span = ScalarSpan.range(of: company, in: lines) {
                let indent = String(repeating: " ", count: company.parentIndent)
                let listed = (philosophy.locales + [target]).map(\.tag).joined(separator: ", ")
                edits.append(.insert(lines.lineBreak + indent + "locales: [\(listed)]",
                                     at: lines.lineEnd(lines.line(at: span.upperBound))))
            }
            addedLocale = true
        }

        private func uneditable(_ path: FieldPath, _ entry: TranslationEntry) -> Diagnostic {
            Diagnostic(.error, .translationUnknown,
                       "the text at '\(path)' is written in a way import cannot edit safely (an alias or a nested value)",
                       fix: "write this translation into the file by hand", location: entry.location)
        }
    }
}
