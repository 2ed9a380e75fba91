import EthosModel
import Yams

extension PhilosophyReader {
    /// `labels:`, or a `--labels` file: a mapping from locale to a mapping from label key to
    /// text. Each entry is checked where it is written: the locale tag, the key (with a
    /// did-you-mean), and the text's placeholders against the built-in label's.
    func labels(_ node: Node, at path: FieldPath) -> SuppliedLabels {
        reader.record(path, node)
        guard case .mapping(let locales) = node else {
            reader.reportWrongType(node, expected: "a mapping from locale to labels, such as 'fr: { contents: Sommaire }'",
                                   at: path)
            return SuppliedLabels()
        }
        var texts: [LocaleID: [String: String]] = [:]
        for (key, value) in locales {
            let tag = key.scalar?.string ?? "?"
            let localePath = path.key(tag)
            reader.record(localePath, key)
            guard key.scalar != nil, LocaleID.isWellFormed(tag) else {
                reader.report(.badLocale, "'\(tag)' is not a locale tag; labels are listed under their locale",
                              fix: "write a BCP 47 tag such as 'fr', 'hr' or 'de-AT'", at: key, path: localePath)
                continue
            }
            let locale = LocaleID(tag)
            if texts[locale] != nil {
                reader.report(.duplicateKey, "'\(tag)' is the same locale as '\(locale)' in the labels",
                              fix: "keep one of the two entries", at: key, path: localePath)
                continue
            }
            texts[locale] = labels(of: value, at: localePath, locale: tag)
        }
        return SuppliedLabels(texts)
    }

    /// The labels of one locale, by key.
    private func labels(of node: Node, at path: FieldPath, locale: String) -> [String: String] {
        reader.record(path, node)
        guard case .mapping(let entries) = node else {
            reader.reportWrongType(node, expected: "a mapping from label key to text for '\(locale)'", at: path)
            return [:]
        }
        var labels: [String: String] = [:]
        for (key, value) in entries {
            let name = key.scalar?.string ?? "?"
            let labelPath = path.key(name)
            guard let label = LabelKey(rawValue: name) else {
                let fix = Suggestion.closest(to: name, among: LabelKey.allCases.map(\.rawValue), caseInsensitive: true)
                    .map { "did you mean '\($0)'?" } ?? "docs/templates.md lists the label keys"
                reader.report(.unknownKey, "unknown label '\(name)' for '\(locale)'", fix: fix, at: key, path: labelPath)
                continue
            }
            guard let text = reader.string(value, at: labelPath, what: "the '\(name)' label") else { continue }
            let expected = label.placeholders
            let found = LabelKey.placeholders(in: text)
            guard found == expected else {
                reader.report(.labelPlaceholders,
                              "the '\(name)' label holds \(Self.describe(found)); it must hold \(Self.describe(expected)), "
                                  + "which Ethos fills in (English: '\(label.english)')",
                              fix: expected.isEmpty ? "remove the words in braces"
                                  : "write \(expected.map { "{\($0)}" }.joined(separator: " and ")) where the value goes",
                              at: value, path: labelPath)
                continue
            }
            labels[name] = text
        }
        return labels
    }

    private static func describe(_ placeholders: [String]) -> String {
        placeholders.isEmpty ? "no placeholder" : placeholders.map { "{\($0)}" }.joined(separator: ", ")
    }
}
