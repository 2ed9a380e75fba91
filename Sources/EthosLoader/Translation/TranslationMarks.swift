import EthosModel
import Foundation
import Yams

/// The texts marked `# translate`: copies `ethos init` wrote in English for a locale it has no
/// phrases for, which count as untranslated until someone translates them and drops the mark.
///
/// YAML parsers drop comments, so the marks are read from the file's text: a comment that
/// starts with the word `translate`, on the line where the marked scalar ends.
public struct TranslationMarks: Sendable {
    /// One marked text, or one marked translation of a text.
    public struct Mark: Sendable, Hashable {
        /// The text field.
        public let path: FieldPath
        /// The marked translation; `nil` when the field is a plain string, marked for every locale.
        public let locale: LocaleID?
        /// Where the marked scalar starts.
        public let location: SourceLocation
    }

    /// Every mark, in file order.
    public let marks: [Mark]

    /// No marks.
    public static let none = TranslationMarks(marks: [])

    /// Whether the text at `path` is marked in `locale` (a marked plain string is marked in all).
    public func isMarked(_ path: FieldPath, in locale: LocaleID) -> Bool {
        marks.contains { $0.path == path && ($0.locale == nil || $0.locale == locale) }
    }

    /// A warning per mark (`untranslated-copy`), so a file with copies is not called clean.
    public var diagnostics: [Diagnostic] {
        marks.map { mark in
            let what = mark.locale.map { "the \($0) text" } ?? "this text"
            return Diagnostic(.warning, .untranslatedCopy,
                              "\(what) is marked '# translate': a copy that is published untranslated",
                              fix: "translate it and delete the '# translate' comment, or hand the file to a translator with 'ethos translate export'",
                              at: mark.locale.map { mark.path.key($0.tag) } ?? mark.path, location: mark.location)
        }
    }

    /// The marks on the text fields of `philosophy`, read from `text`, whose tree is `root`.
    static func find(in text: String, root: Node, philosophy: Philosophy, file: String) -> TranslationMarks {
        // Most files hold no mark; they are spared reading every scalar's end.
        guard mayHoldMark(text) else { return .none }
        let lines = ScalarLines(text)
        var marks: [Mark] = []
        func check(_ field: FieldNode, path: FieldPath, locale: LocaleID?) {
            guard let span = ScalarSpan.range(of: field, in: lines), markComment(after: span.upperBound, in: lines) != nil,
                  let mark = field.node.mark else { return }
            marks.append(Mark(path: path, locale: locale,
                              location: SourceLocation(file: file, line: mark.line, column: mark.column)))
        }
        for (path, _) in philosophy.textFields {
            guard let field = FieldNode.find(path, in: root, lines: lines) else { continue }
            if case .mapping(let mapping) = field.node {
                for (key, _) in mapping {
                    guard let tag = key.scalar?.string, let entry = field.child(key: tag, lines: lines)?.value else { continue }
                    check(entry, path: path, locale: LocaleID(tag))
                }
            } else {
                check(field, path: path, locale: nil)
            }
        }
        return TranslationMarks(marks: marks)
    }

    /// Whether `text` holds `translate` in any mix of ASCII upper and lower case, the only
    /// spellings ``markComment(after:in:)`` takes, by a scan of its UTF-8 bytes (Foundation's
    /// case-insensitive search took 15 ms on a 600 KB file).
    static func mayHoldMark(_ text: String) -> Bool {
        let word = Array("translate".utf8)
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= word.count else { return false }
            // An ASCII letter ORed with 0x20 is its lower case; no other byte becomes one of these.
            return (0...(bytes.count - word.count)).contains { start in
                word.indices.allSatisfy { bytes[start + $0] | 0x20 == word[$0] }
            }
        }
    }

    /// The `# translate` comment that follows `offset` on its line, from the spaces before it
    /// to the line's end; `nil` when the rest of the line is anything else.
    static func markComment(after offset: Int, in lines: ScalarLines) -> Range<Int>? {
        let end = lines.lineEnd(lines.line(at: offset))
        var index = offset
        while index < end, lines.scalars[index] == " " || lines.scalars[index] == "\t" { index += 1 }
        guard index < end, lines.scalars[index] == "#" else { return nil }
        let words = lines.text(index + 1..<end).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == ":" })
        guard words.first?.lowercased() == "translate" else { return nil }
        return offset..<end
    }
}
