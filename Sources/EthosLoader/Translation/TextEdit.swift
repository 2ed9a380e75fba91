/// One change to a file's text: the scalars in `range` replaced by `replacement`.
struct TextEdit {
    let range: Range<Int>
    let replacement: String

    /// An insertion at `offset`.
    static func insert(_ text: String, at offset: Int) -> TextEdit {
        TextEdit(range: offset..<offset, replacement: text)
    }
}

extension ScalarLines {
    /// The text with `edits` made; they must not overlap. Everything outside them, comments
    /// and layout included, stays as it was.
    func applying(_ edits: [TextEdit]) -> String {
        var result = String.UnicodeScalarView()
        var position = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            result.append(contentsOf: scalars[position..<edit.range.lowerBound])
            result.append(contentsOf: edit.replacement.unicodeScalars)
            position = edit.range.upperBound
        }
        result.append(contentsOf: scalars[position...])
        return String(result)
    }
}
