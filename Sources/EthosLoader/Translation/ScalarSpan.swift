import Yams

/// Where a scalar node is written in its file: from its first character (a quote, a block
/// indicator or the text itself) to just past its last, as offsets into ``ScalarLines``.
///
/// Yams marks only where a node starts, so the end is found by reading the scalar's style
/// again: a closing quote, the last line of a block scalar, or the end of a plain scalar
/// before a comment (and, in a flow collection, before `,`, `]` or `}`).
enum ScalarSpan {
    static func range(of field: FieldNode, in lines: ScalarLines) -> Range<Int>? {
        guard case .scalar(let scalar) = field.node, let mark = field.node.mark else { return nil }
        let start = lines.offset(line: mark.line, column: mark.column)
        let end: Int?
        switch scalar.style {
        case .doubleQuoted: end = quotedEnd(from: start, in: lines, quote: "\"")
        case .singleQuoted: end = quotedEnd(from: start, in: lines, quote: "'")
        case .literal, .folded: end = blockEnd(startLine: mark.line, parentIndent: field.parentIndent, in: lines)
        case .plain, .any: end = plainEnd(from: start, field: field, in: lines)
        }
        return end.map { start..<max($0, start) }
    }

    /// Past the quote that closes the one at `start`: `\` escapes in double quotes, `''` in single.
    private static func quotedEnd(from start: Int, in lines: ScalarLines, quote: Unicode.Scalar) -> Int? {
        let scalars = lines.scalars
        var index = start + 1
        while index < scalars.count {
            let scalar = scalars[index]
            if quote == "\"", scalar == "\\" {
                index += 2
                continue
            }
            if scalar == quote {
                if quote == "'", index + 1 < scalars.count, scalars[index + 1] == "'" {
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return nil
    }

    /// The end of the last non-blank line indented deeper than the block that holds the scalar.
    private static func blockEnd(startLine: Int, parentIndent: Int, in lines: ScalarLines) -> Int {
        var last = startLine
        var line = startLine + 1
        while line <= lines.lineCount {
            if !lines.isBlank(line) {
                guard lines.indentation(of: line) > parentIndent else { break }
                last = line
            }
            line += 1
        }
        return lines.lineEnd(last)
    }

    /// The end of a plain scalar: its first line up to a comment (or a flow indicator), then
    /// further lines indented deeper than its block, in block context.
    private static func plainEnd(from start: Int, field: FieldNode, in lines: ScalarLines) -> Int {
        let startLine = lines.line(at: start)
        var (end, stopped) = plainLineEnd(from: start, line: startLine, inFlow: field.inFlow, in: lines)
        guard !field.inFlow, !stopped else { return end }
        var line = startLine + 1
        while line <= lines.lineCount {
            if lines.isBlank(line) {
                line += 1
                continue
            }
            guard lines.indentation(of: line) > field.parentIndent, !lines.isComment(line) else { break }
            let first = lines.lineStarts[line - 1] + lines.indentation(of: line)
            (end, stopped) = plainLineEnd(from: first, line: line, inFlow: false, in: lines)
            if stopped { break }
            line += 1
        }
        return end
    }

    /// The end of a plain scalar's text on one line, without trailing spaces, and whether a
    /// comment or a flow indicator stopped it.
    private static func plainLineEnd(from start: Int, line: Int, inFlow: Bool,
                                     in lines: ScalarLines) -> (end: Int, stopped: Bool) {
        let scalars = lines.scalars
        let lineEnd = lines.lineEnd(line)
        var index = start
        var stopped = false
        while index < lineEnd {
            let scalar = scalars[index]
            if scalar == "#", index > start, scalars[index - 1] == " " || scalars[index - 1] == "\t" {
                stopped = true
                break
            }
            if inFlow, scalar == "," || scalar == "]" || scalar == "}" {
                stopped = true
                break
            }
            if inFlow, scalar == ":", index + 1 == lineEnd || scalars[index + 1] == " " {
                stopped = true
                break
            }
            index += 1
        }
        while index > start, scalars[index - 1] == " " || scalars[index - 1] == "\t" { index -= 1 }
        return (index, stopped)
    }
}
