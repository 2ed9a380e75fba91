import EthosModel
import Yams

extension TranslationImport {
    /// Applies translated built-in labels (entries whose context is a label key) to the
    /// philosophy `text`, under `labels:` → target locale → key, keeping comments and layout:
    /// a key present is replaced, a missing one added after the locale's last key, a missing
    /// locale after the section's last line, and a missing section at the end of the file.
    ///
    /// `english` holds every label key with its English text, the source an entry must
    /// still have. The target locale must be listed under `locales`. The result is parsed
    /// again and must hold exactly the intended labels, and load with no new error, or it is
    /// refused.
    public static func applyLabels(_ entries: [TranslationEntry], into target: LocaleID, english: [String: String],
                                   to text: String, file: String) -> Result<TranslationImport, Diagnostic> {
        let lines = ScalarLines(text)
        guard case .success(let root) = YAMLTree.read(text, file: file) else {
            return .failure(refusal("\(file) cannot be parsed", file: file))
        }
        // Loaded once: for its locales here, and for the errors it already had in verifyLabels.
        let original = PhilosophyLoader.load(yaml: text, file: file)
        if let listed = original.philosophy?.locales, !listed.contains(target) {
            return .failure(refusal("'\(target)' is not under 'locales' in \(file); import its texts first "
                                    + "(ethos translate import \(file) \(target).po), which adds it, or add it to 'locales'",
                                    file: file))
        }
        let section = FieldNode.find(FieldPath.root.key("labels"), in: root, lines: lines)
        let locale = section?.child(key: target.tag, lines: lines)?.value
        guard !(section?.isFlow(in: lines) ?? false), !(locale?.isFlow(in: lines) ?? false) else {
            return .failure(refusal("the 'labels' section of \(file) is written in flow style; write it as a block to import labels",
                                    file: file))
        }
        var problems: [Diagnostic] = []
        var wanted: [(key: String, text: String)] = []
        var seen: Set<String> = []
        for entry in entries where entry.state == .translated {
            guard seen.insert(entry.context).inserted else {
                problems.append(Diagnostic(.error, .translationSyntax, "a second entry for '\(entry.context)'; the first is used",
                                           fix: "keep one entry per label", location: entry.location))
                continue
            }
            guard let source = english[entry.context] else {
                let guess = Suggestion.closest(to: entry.context, among: english.keys.sorted())
                problems.append(Diagnostic(.error, .translationUnknown, "'\(entry.context)' is not a label key",
                                           fix: guess.map { "did you mean '\($0)'?" } ?? "export the labels again",
                                           location: entry.location))
                continue
            }
            guard entry.source == source else {
                problems.append(Diagnostic(.error, .translationSourceChanged,
                                           "the English label '\(entry.context)' is now '\(source)'",
                                           fix: "export the labels again and translate the new text", location: entry.location))
                continue
            }
            let current = locale?.child(key: entry.context, lines: lines)?.value.node.scalar?.string
            if current != entry.target { wanted.append((entry.context, entry.target)) }
        }
        var edits: [TextEdit] = []
        var added: [String] = []
        let firstKey = locale.flatMap { $0.node.mapping?.keys.first }
        let keyIndent = firstKey?.mark.map { $0.column - 1 } ?? (section?.parentIndent ?? 0) + 4
        for (key, translation) in wanted {
            if let existing = locale?.child(key: key, lines: lines)?.value, let span = ScalarSpan.range(of: existing, in: lines) {
                edits.append(TextEdit(range: span, replacement: YAMLQuoting.doubleQuoted(translation)))
            } else {
                added.append(String(repeating: " ", count: keyIndent) + "\(key): \(YAMLQuoting.doubleQuoted(translation))")
            }
        }
        if !added.isEmpty {
            let br = lines.lineBreak
            if let locale, let end = locale.end(in: lines) {
                edits.append(.insert(br + added.joined(separator: br), at: lines.lineEnd(lines.line(at: end))))
            } else if let section, let end = section.end(in: lines) {
                let header = String(repeating: " ", count: keyIndent - 2) + "\(target.tag):"
                edits.append(.insert(br + ([header] + added).joined(separator: br), at: lines.lineEnd(lines.line(at: end))))
            } else {
                let separator = text.isEmpty || text.hasSuffix("\n") || text.hasSuffix("\r") ? "" : br
                edits.append(.insert(separator + (["labels:", "  \(target.tag):"] + added).joined(separator: br) + br,
                                     at: lines.scalars.count))
            }
        }
        let edited = lines.applying(edits)
        if let failure = verifyLabels(edited, originalErrors: errors(of: original), expected: wanted, target: target, file: file) {
            return .failure(failure)
        }
        return .success(TranslationImport(text: edited, changed: wanted.map { FieldPath.root.key("labels").key(target.tag).key($0.key) },
                                          problems: problems, addedLocale: false))
    }

    /// Whether `edited` holds the intended labels and loads with no error but
    /// `originalErrors`, the ones the file had before.
    private static func verifyLabels(_ edited: String, originalErrors: [String], expected: [(key: String, text: String)],
                                     target: LocaleID, file: String) -> Diagnostic? {
        let lines = ScalarLines(edited)
        guard case .success(let root) = YAMLTree.read(edited, file: file) else {
            return refusal("the file with the labels would not parse; \(file) is left as it was", file: file)
        }
        let locale = FieldNode.find(FieldPath.root.key("labels").key(target.tag), in: root, lines: lines)
        for (key, text) in expected where locale?.child(key: key, lines: lines)?.value.node.scalar?.string != text {
            return refusal("the label '\(key)' would not read back as intended; \(file) is left as it was", file: file)
        }
        let new = errors(of: PhilosophyLoader.load(yaml: edited, file: file))
        guard new.isEmpty || new == originalErrors else {
            return refusal("the file with the labels would not load again (\(new[0])); \(file) is left as it was", file: file)
        }
        return nil
    }

    /// The messages of the errors a load found.
    private static func errors(of result: LoadResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map(\.message)
    }
}

extension FieldNode {
    /// The offset just past the last scalar under this node, for a block collection or a
    /// scalar; `nil` when it holds none.
    func end(in lines: ScalarLines) -> Int? {
        switch node {
        case .scalar:
            return ScalarSpan.range(of: self, in: lines)?.upperBound
        case .mapping(let mapping):
            return mapping.compactMap { key, _ in
                key.scalar.flatMap { child(key: $0.string, lines: lines)?.value.end(in: lines) }
            }.max()
        case .sequence(let sequence):
            return sequence.indices.compactMap { index in
                FieldNode(node: sequence[index], parentIndent: (node.mark?.column ?? 1) - 1, inFlow: inFlow).end(in: lines)
            }.max()
        case .alias:
            return nil
        }
    }
}
