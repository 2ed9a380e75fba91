import EthosModel

/// A catalog as a GNU gettext PO file: the context (`msgctxt`) is the field path or label key,
/// `msgid` the source text, `msgstr` the translation (empty when missing), and an untrusted
/// translation is flagged `#, fuzzy`. The header names the languages and UTF-8; it carries no
/// date, so the same philosophy always gives the same bytes.
public enum POFile {
    /// The PO text of `catalog`.
    public static func write(_ catalog: TranslationCatalog) -> String {
        var lines = [
            "# \(catalog.kind == .labels ? "Built-in labels" : "The customer-service philosophy") of "
                + "\(oneLine(catalog.company)), \(catalog.sourceLocale) → \(catalog.targetLocale).",
            "# Fill in each msgstr (Poedit or any PO editor), then run:",
            "#   ethos translate import \(oneLine(catalog.original)) \(catalog.targetLocale).po",
            "# Entries flagged fuzzy hold a copy of the source to check; import skips them.",
            "msgid \"\"",
            "msgstr \"\"",
        ]
        let header = [
            ("Project-Id-Version", oneLine(catalog.company)),
            ("Language", catalog.targetLocale.tag),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "8bit"),
            ("X-Generator", "ethos translate export"),
            (Header.sourceLocale, catalog.sourceLocale.tag),
            (Header.kind, catalog.kind.rawValue),
            (Header.original, oneLine(catalog.original)),
        ]
        lines += header.map { "\"\(escape("\($0.0): \($0.1)\n"))\"" }
        for entry in catalog.entries {
            lines.append("")
            lines += entry.notes.map { "#. " + oneLine($0) }
            if entry.state == .untrusted { lines.append("#, fuzzy") }
            lines += keyword("msgctxt", entry.context)
            lines += keyword("msgid", entry.source)
            lines += keyword("msgstr", entry.target)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The header fields Ethos adds to say what the file holds.
    enum Header {
        static let sourceLocale = "X-Ethos-Source-Locale"
        static let kind = "X-Ethos-Kind"
        static let original = "X-Ethos-Original"
    }

    /// `keyword "text"`, or `keyword ""` and one quoted line per line of a multi-line text.
    private static func keyword(_ keyword: String, _ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" {
                pieces.append(current)
                current = ""
            }
        }
        if !current.isEmpty { pieces.append(current) }
        guard pieces.count > 1 else { return ["\(keyword) \"\(escape(text))\""] }
        return ["\(keyword) \"\""] + pieces.map { "\"\(escape($0))\"" }
    }

    /// A PO string's body: backslash, quote, newline, tab and carriage return escaped as in C.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// `text` on one line, for a comment or a header field, where a line break would end it.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
