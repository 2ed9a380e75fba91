import EthosModel
import Yams

/// Puts libyaml's parse errors in plain words with a fix, by reading the lines around the
/// place it stopped: a quote that ends too early, a key out of line, a missing space after
/// `-` or `:`, a `: ` inside a value, a bracket never closed.
struct SyntaxExplanation {
    /// The message, its fix, and where the mistake is (often before where libyaml stopped).
    let message: String
    let fix: String
    let line: Int
    let column: Int

    /// The explanation of `problem` (libyaml's words), found at `mark` while reading the
    /// construct that began at `contextMark`; `nil` when no known mistake fits.
    static func explain(problem: String, contextMark: Mark?, mark: Mark, lines: [Substring]) -> SyntaxExplanation? {
        let source = SourceLines(lines)
        if let quote = quoteEndedEarly(at: mark, source) { return quote }
        if problem.contains("found unexpected end of stream") || problem.contains("found end of stream") {
            return unclosedQuote(at: contextMark ?? mark, source)
        }
        if problem.contains("did not find expected ',' or ']'") || problem.contains("did not find expected ',' or '}'") {
            return unclosedBracket(at: contextMark ?? mark, source)
        }
        if problem.contains("did not find expected '-' indicator") {
            return listItemOutOfLine(at: mark, listStart: contextMark, source)
        }
        if let glued = missingSpace(before: mark, source) { return glued }
        if problem.contains("mapping values are not allowed") {
            return colonInValue(at: mark, source) ?? keyInsideValue(at: mark, source)
        }
        if problem.contains("did not find expected key") || problem.contains("could not find expected ':'") {
            return keyOutOfLine(at: mark, mappingStart: contextMark, source)
        }
        if problem.contains("cannot start any token") {
            return reservedCharacter(at: mark, source)
        }
        if problem.contains("block sequence entries are not allowed") {
            return SyntaxExplanation(message: "a '- ' list cannot start on the same line as its key",
                                     fix: "start the list on the next line, indented under the key, or write it as [a, b]",
                                     line: mark.line, column: mark.column)
        }
        return nil
    }

    /// `key: 'Don't wait'`: the apostrophe closes the single-quoted text, and libyaml stops at
    /// the letter after it. The same for a `"` inside double quotes.
    private static func quoteEndedEarly(at mark: Mark, _ source: SourceLines) -> SyntaxExplanation? {
        let line = source[mark.line]
        guard mark.column >= 2, mark.column - 2 < line.count else { return nil }
        let quote = line[mark.column - 2]
        guard quote == "'" || quote == "\"", let value = source.value(on: mark.line).map(Array.init), value.first == quote,
              value.count > 1, let closing = value.lastIndex(of: quote), closing > 0 else { return nil }
        let content = String(value[1..<closing])
        guard quote == "'" else {
            return SyntaxExplanation(
                message: "a double quote inside the text ends the quoted text early",
                fix: "write \\\" for each quote inside, or put the text in single quotes: '\(content.replacingOccurrences(of: "'", with: "''"))'",
                line: mark.line, column: mark.column - 1)
        }
        let doubled = "'" + content.replacingOccurrences(of: "'", with: "''") + "'"
        let alternative = content.contains("\"") ? "" : " or put the text in double quotes: \"\(content)\""
        return SyntaxExplanation(message: "the apostrophe ends the single-quoted text early",
                                 fix: "write the apostrophe twice, \(doubled),\(alternative)",
                                 line: mark.line, column: mark.column - 1)
    }

    private static func unclosedQuote(at opening: Mark, _ source: SourceLines) -> SyntaxExplanation {
        let quote = source.character(at: opening).map { $0 == "'" || $0 == "\"" ? String($0) : nil } ?? nil
        guard let quote else {
            return SyntaxExplanation(message: "the file ends inside an open quote or bracket",
                                     fix: "close the quote or bracket that opens here", line: opening.line, column: opening.column)
        }
        return SyntaxExplanation(message: "this quote is never closed", fix: "end the text with \(quote) on this line",
                                 line: opening.line, column: opening.column)
    }

    private static func unclosedBracket(at opening: Mark, _ source: SourceLines) -> SyntaxExplanation {
        let bracket = source.character(at: opening) ?? "["
        let (what, closing) = bracket == "{" ? ("mapping", "}") : ("list", "]")
        return SyntaxExplanation(
            message: "the \(what) opened with '\(bracket)' is not closed, or an item in it is not separated by ','",
            fix: "close it with '\(closing)' and separate its items with ', '; quote an item that holds '\(bracket)', ':' or ','",
            line: opening.line, column: opening.column)
    }

    /// A `-` out of line with the list's first item, or a key at the list's column.
    private static func listItemOutOfLine(at mark: Mark, listStart: Mark?, _ source: SourceLines) -> SyntaxExplanation {
        let column = listStart?.column ?? mark.column
        let startLine = listStart?.line ?? mark.line
        let first = source.firstToken(on: mark.line)
        if first.text.hasPrefix("-") {
            return SyntaxExplanation(message: "this list item is not in line with the items above it",
                                     fix: "start it in column \(column), like the '-' on line \(startLine)",
                                     line: mark.line, column: first.column)
        }
        return SyntaxExplanation(
            message: "'\(first.text)' stands in the column of the list's '-' but is not a list item",
            fix: "indent it to line up with the keys of the item above, or start a new item with '- '",
            line: mark.line, column: first.column)
    }

    /// `name:Care` or `-name: Care` on the line where libyaml stopped or on the lines before
    /// it: without the space, the key or list item runs on as text.
    private static func missingSpace(before mark: Mark, _ source: SourceLines) -> SyntaxExplanation? {
        for number in stride(from: mark.line, through: max(1, mark.line - 3), by: -1) {
            let token = source.firstToken(on: number)
            if token.text.count > 1, token.text.hasPrefix("-"), let next = token.text.dropFirst().first,
               next.isLetter || next == "\"" || next == "'" {
                let item = source[number].dropFirst(token.column).drop { $0 == " " }
                return SyntaxExplanation(message: "'-' needs a space after it to start a list item",
                                         fix: "write '- \(String(item))'", line: number, column: token.column)
            }
            let keyToken = source.firstToken(on: number, skippingDash: true)
            if number < mark.line, let spaced = NodeReader.spacedAfterColon(String(keyToken.text)),
               let colon = keyToken.text.firstIndex(of: ":") {
                return SyntaxExplanation(message: "a key needs a space after its ':'", fix: "write '\(spaced)'",
                                         line: number, column: keyToken.column + keyToken.text.distance(from: keyToken.text.startIndex, to: colon))
            }
        }
        return nil
    }

    /// `vision: Service: amazing`: the second `: ` would start a key inside the value.
    private static func colonInValue(at mark: Mark, _ source: SourceLines) -> SyntaxExplanation? {
        guard let value = source.value(on: mark.line), let key = source.key(on: mark.line),
              value.contains(": "), !value.hasPrefix("\""), !value.hasPrefix("'") else { return nil }
        let quoted = value.contains("\"") ? "'\(value.replacingOccurrences(of: "'", with: "''"))'" : "\"\(value)\""
        return SyntaxExplanation(message: "': ' inside a value reads as the start of a new key",
                                 fix: "put the value in quotes: \(key): \(quoted)", line: mark.line, column: mark.column)
    }

    /// A key indented deeper than the key above it, so it reads as part of that key's value.
    private static func keyInsideValue(at mark: Mark, _ source: SourceLines) -> SyntaxExplanation? {
        let here = source.firstToken(on: mark.line)
        guard let above = source.previousContentLine(before: mark.line) else { return nil }
        let aboveKey = source.firstToken(on: above, skippingDash: true)
        guard here.column > aboveKey.column else { return nil }
        let key = here.text.prefix { $0 != ":" }
        return SyntaxExplanation(
            message: "'\(key):' is indented more than '\(aboveKey.text.prefix { $0 != ":" }):' on line \(above), so it reads as part of that value",
            fix: "line '\(key):' up with the key above, in column \(aboveKey.column)", line: mark.line, column: here.column)
    }

    /// A key in a column that belongs to no mapping around it.
    private static func keyOutOfLine(at mark: Mark, mappingStart: Mark?, _ source: SourceLines) -> SyntaxExplanation {
        let here = source.firstToken(on: mark.line)
        let key = here.text.prefix { $0 != ":" }
        let column = mappingStart?.column ?? 1
        // In line already: the line before it is the stray one, a word with no ':' where a
        // key belongs.
        if here.column == column, let above = source.previousContentLine(before: mark.line) {
            let stray = source.firstToken(on: above, skippingDash: true)
            if !source[above].contains(":"), stray.column <= column {
                return SyntaxExplanation(message: "'\(stray.text)' stands where a key belongs but has no ':'",
                                         fix: "write '\(stray.text): ...', or indent the line under the key whose text it continues",
                                         line: above, column: stray.column)
            }
        }
        var fix = "line '\(key):' up with the keys of its section, in column \(column)"
        if let above = source.previousContentLine(before: mark.line) {
            let aboveKey = source.firstToken(on: above, skippingDash: true)
            if aboveKey.column != column, aboveKey.column != here.column {
                fix = "line '\(key):' up with the keys above it (column \(aboveKey.column), as on line \(above)), or with column \(column)"
            }
        }
        return SyntaxExplanation(message: "'\(key):' is not in line with the keys around it", fix: fix,
                                 line: mark.line, column: here.column)
    }

    private static func reservedCharacter(at mark: Mark, _ source: SourceLines) -> SyntaxExplanation {
        let character = source.character(at: mark).map(String.init) ?? "?"
        let line = source[mark.line]
        let rest = String(line.dropFirst(mark.column - 1)).trimmingCharacters(in: .whitespaces)
        return SyntaxExplanation(message: "'\(character)' cannot begin a plain value in YAML",
                                 fix: "put the value in quotes: \"\(rest.replacingOccurrences(of: "\"", with: "\\\""))\"",
                                 line: mark.line, column: mark.column)
    }
}

/// The file's lines, 1-based, as characters, with the few readings the explanations need.
private struct SourceLines {
    let lines: [Substring]

    init(_ lines: [Substring]) {
        self.lines = lines
    }

    /// Line `number` as characters; empty past the end.
    subscript(number: Int) -> [Character] {
        number >= 1 && number <= lines.count ? Array(lines[number - 1]) : []
    }

    func character(at mark: Mark) -> Character? {
        let line = self[mark.line]
        return mark.column >= 1 && mark.column <= line.count ? line[mark.column - 1] : nil
    }

    /// The first word of a line (up to a space) and its 1-based column; after `- ` with `skippingDash`.
    func firstToken(on number: Int, skippingDash: Bool = false) -> (text: Substring, column: Int) {
        guard number >= 1, number <= lines.count else { return ("", 1) }
        var line = lines[number - 1]
        var column = 1
        while let first = line.first, first == " " || (skippingDash && first == "-" && line.dropFirst().first == " ") {
            line = line.dropFirst()
            column += 1
        }
        return (line.prefix { $0 != " " }, column)
    }

    /// The key of a `key: value` line, after any `- `.
    func key(on number: Int) -> Substring? {
        let token = firstToken(on: number, skippingDash: true).text
        guard token.hasSuffix(":") else { return nil }
        return token.dropLast()
    }

    /// The text after a line's first `key: `, or after `- ` for a list item; trailing spaces trimmed.
    func value(on number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        let line = lines[number - 1]
        let body = line.drop { $0 == " " }
        let rest: Substring
        if let separator = body.range(of: ": ") {
            rest = body[separator.upperBound...]
        } else if body.hasPrefix("- ") {
            rest = body.dropFirst(2)
        } else {
            return nil
        }
        let value = rest.drop { $0 == " " }
        var end = value.endIndex
        while end > value.startIndex, value[value.index(before: end)] == " " { end = value.index(before: end) }
        return String(value[..<end])
    }

    /// The nearest line before `number` that holds more than spaces and a comment.
    func previousContentLine(before number: Int) -> Int? {
        stride(from: min(number - 1, lines.count), through: 1, by: -1).first { candidate in
            let body = lines[candidate - 1].drop { $0 == " " }
            return !body.isEmpty && !body.hasPrefix("#")
        }
    }
}
