/// The text of a YAML file as the parser counts it: Unicode scalars, with the offset at which
/// each line starts, so a node's mark (line and column in scalars) turns into an offset.
struct ScalarLines {
    /// The text's Unicode scalars.
    let scalars: [Unicode.Scalar]
    /// The offset of each line's first scalar; line 1 starts at 0.
    let lineStarts: [Int]
    /// The line break the file mostly uses, for lines added to it.
    let lineBreak: String

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        var index = 0
        var crlf = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "\r":
                if index < scalars.count, scalars[index] == "\n" {
                    index += 1
                    crlf += 1
                }
                starts.append(index)
            case "\n", "\u{85}", "\u{2028}", "\u{2029}":
                starts.append(index)
            default:
                continue
            }
        }
        lineStarts = starts
        lineBreak = crlf * 2 > starts.count - 1 ? "\r\n" : "\n"
    }

    /// The offset of a 1-based line and column.
    func offset(line: Int, column: Int) -> Int {
        min(lineStarts[min(max(line, 1), lineStarts.count) - 1] + column - 1, scalars.count)
    }

    /// The 1-based line that holds `offset`.
    func line(at offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The offset just past the last scalar of `line`, before its line break.
    func lineEnd(_ line: Int) -> Int {
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        while end > lineStarts[line - 1], Self.isBreak(scalars[end - 1]) { end -= 1 }
        return end
    }

    /// The number of spaces that start `line`.
    func indentation(of line: Int) -> Int {
        var offset = lineStarts[line - 1]
        let end = lineEnd(line)
        while offset < end, scalars[offset] == " " { offset += 1 }
        return offset - lineStarts[line - 1]
    }

    /// Whether `line` holds only spaces and tabs.
    func isBlank(_ line: Int) -> Bool {
        scalars[lineStarts[line - 1]..<lineEnd(line)].allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Whether the first character after the indentation of `line` starts a comment.
    func isComment(_ line: Int) -> Bool {
        let first = lineStarts[line - 1] + indentation(of: line)
        return first < lineEnd(line) && scalars[first] == "#"
    }

    var lineCount: Int { lineStarts.count }

    /// The text between two offsets.
    func text(_ range: Range<Int>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[range])
        return text
    }

    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
