/// Writes text as a quoted CSS string, such as the `content` of a page's running header.
///
/// The text is data, so nothing in it may end the string, the declaration or the `<style>`
/// element around it: a quote, a backslash, a line break, `<` and `>`, `&` and every control
/// character are written as hexadecimal escapes (`\22 `, `\5c `, `\a `, `\3c `), each ended by
/// the one space CSS reads as part of the escape. The escaped string holds no `"`, `\n`, `<`
/// or `>` of its own, so `</style>` in the text cannot close the element.
package enum CSSString {
    /// `text` between double quotes, escaped.
    package static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&", "'":
                output += escape(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                output += escape(scalar)
            case "\u{2028}", "\u{2029}":
                output += escape(scalar)
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        // NUL is not allowed even escaped: CSS reads `\0 ` as U+FFFD, so it is written so.
        let value = scalar.value == 0 ? 0xFFFD : scalar.value
        return "\\" + String(value, radix: 16) + " "
    }
}
