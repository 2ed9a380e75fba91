import EthosModel
import Yams

extension TranslationImport {
    /// The edits to one file, planned against its original text.
    struct Editor {
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
