import EthosModel

/// Reads a PO file, as Ethos writes it or as Poedit, msgmerge and other tools do: comments,
/// flags, `msgctxt`, strings continued over several quoted lines, and obsolete `#~` entries,
/// which are skipped. Plural entries keep their first form.
public enum POReader {
    /// The catalog in `text`; `file` names it in diagnostics. The target locale is the
    /// header's `Language`; the source locale and kind are Ethos's own header fields, absent
    /// from a file another tool started (`nil` then, for the caller to choose).
    public static func read(_ text: String, file: String) -> Result<POContents, Diagnostic> {
        var parser = Parser(file: file)
        for (index, line) in SourceText.lines(of: text).enumerated() {
            if let problem = parser.consume(line, number: index + 1) { return .failure(problem) }
        }
        if let problem = parser.finish() { return .failure(problem) }
        return .success(POContents(header: parser.header, entries: parser.entries))
    }

    private struct Parser {
        let file: String
        var header: [String: String] = [:]
        var entries: [TranslationEntry] = []
        var current = Draft()
        var keyword: String?

        init(file: String) {
            self.file = file
        }

        /// An entry being read: its strings by keyword, its flags and where it starts.
        struct Draft {
            var strings: [String: String] = [:]
            var flags: Set<String> = []
            var notes: [String] = []
            var line: Int?
        }

        mutating func consume(_ line: Substring, number: Int) -> Diagnostic? {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty { return nil }
            if trimmed.hasPrefix("#~") { return nil }
            if trimmed.hasPrefix("#") {
                if current.strings["msgstr"] != nil, let problem = finishEntry() { return problem }
                if trimmed.hasPrefix("#,") {
                    current.flags.formUnion(trimmed.dropFirst(2).split(separator: ",").map {
                        $0.trimmingCharacters(in: .whitespaces)
                    })
                } else if trimmed.hasPrefix("#.") {
                    current.notes.append(trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces))
                }
                return nil
            }
            let column = line.count - trimmed.count + 1
            if trimmed.hasPrefix("\"") {
                guard let keyword else {
                    return problem("a quoted string must follow msgid, msgstr or msgctxt", line: number, column: column)
                }
                switch unquote(trimmed, line: number, column: column) {
                case .success(let string): current.strings[keyword, default: ""] += string
                case .failure(let problem): return problem
                }
                return nil
            }
            let word = String(trimmed.prefix { !$0.isWhitespace && $0 != "\"" })
            let known = ["msgctxt", "msgid", "msgid_plural", "msgstr"]
            guard known.contains(word) || (word.hasPrefix("msgstr[") && word.hasSuffix("]")) else {
                return problem("'\(word.prefix(30))' is not a PO keyword", line: number, column: column,
                               fix: "a PO entry is written msgctxt, msgid and msgstr, each with a quoted string")
            }
            let name = word == "msgstr[0]" ? "msgstr" : word
            if name == "msgctxt" || name == "msgid", current.strings["msgstr"] != nil || current.strings["msgid"] != nil,
               !(name == "msgid" && current.strings["msgid"] == nil),
               let problem = finishEntry() {
                return problem
            }
            if current.line == nil { current.line = number }
            let rest = trimmed.dropFirst(word.count).drop { $0 == " " || $0 == "\t" }
            switch unquote(rest, line: number, column: column + trimmed.count - rest.count) {
            case .success(let string):
                keyword = name
                if current.strings[name] == nil || name.hasPrefix("msgstr[") { current.strings[name] = string }
            case .failure(let problem): return problem
            }
            return nil
        }

        mutating func finish() -> Diagnostic? {
            current.strings.isEmpty ? nil : finishEntry()
        }

        /// Ends the entry read so far: the header, or one more entry.
        private mutating func finishEntry() -> Diagnostic? {
            defer {
                current = Draft()
                keyword = nil
            }
            guard let id = current.strings["msgid"] else {
                return problem("an entry without msgid", line: current.line ?? 1, column: 1)
            }
            let target = current.strings["msgstr"] ?? ""
            let context = current.strings["msgctxt"]
            if id.isEmpty, context == nil {
                for field in target.split(separator: "\n") {
                    guard let colon = field.firstIndex(of: ":") else { continue }
                    header[field[..<colon].trimmingCharacters(in: .whitespaces)] =
                        field[field.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                return nil
            }
            let state: TranslationEntry.State = target.isEmpty ? .missing
                : current.flags.contains("fuzzy") ? .untrusted : .translated
            entries.append(TranslationEntry(context: context ?? "", source: id, target: target, state: state,
                                            notes: current.notes,
                                            location: SourceLocation(file: file, line: current.line ?? 1, column: 1)))
            return nil
        }

        /// The text of a C-style quoted string that makes up the rest of a line.
        private func unquote(_ text: Substring, line: Int, column: Int) -> Result<String, Diagnostic> {
            guard text.first == "\"" else {
                return .failure(problem("expected a quoted string", line: line, column: column))
            }
            var result = ""
            var scalars = text.unicodeScalars.dropFirst().makeIterator()
            var offset = 1
            while let scalar = scalars.next() {
                offset += 1
                switch scalar {
                case "\"":
                    let rest = String(String.UnicodeScalarView(IteratorSequence(scalars)))
                    guard rest.allSatisfy({ $0 == " " || $0 == "\t" }) else {
                        return .failure(problem("text after the closing quote", line: line, column: column + offset))
                    }
                    return .success(result)
                case "\\":
                    guard let escaped = scalars.next() else { break }
                    offset += 1
                    switch escaped {
                    case "n": result += "\n"
                    case "t": result += "\t"
                    case "r": result += "\r"
                    case "a": result += "\u{07}"
                    case "b": result += "\u{08}"
                    case "f": result += "\u{0C}"
                    case "v": result += "\u{0B}"
                    case "\\", "\"", "'", "?": result.unicodeScalars.append(escaped)
                    default:
                        return .failure(problem("unknown escape '\\\(escaped)'", line: line, column: column + offset - 2,
                                                fix: "write a backslash as '\\\\'"))
                    }
                default:
                    result.unicodeScalars.append(scalar)
                }
            }
            return .failure(problem("the string has no closing quote", line: line, column: column,
                                    fix: "end it with '\"' on the same line; continue on the next line with a new quoted string"))
        }

        private func problem(_ message: String, line: Int, column: Int, fix: String? = nil) -> Diagnostic {
            Diagnostic(.error, .translationSyntax, message, fix: fix,
                       location: SourceLocation(file: file, line: line, column: column))
        }
    }
}

/// What a PO file holds: its header fields and its entries.
public struct POContents: Sendable {
    /// The header entry's fields (`Language`, `Content-Type` …).
    public let header: [String: String]
    /// The entries, in file order, without the header and obsolete entries.
    public let entries: [TranslationEntry]
}
