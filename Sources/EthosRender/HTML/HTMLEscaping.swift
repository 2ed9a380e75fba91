/// Escapes text for HTML: the one escaper of every `{{name}}` in an HTML template, whether the
/// template is rendered in full (``EthosHTMLContentType``) or joined from a shell
/// (``TemplateShell``), so both give the same bytes.
///
/// It escapes Unicode scalars, not characters: `<` followed by a combining mark (`<\u{338}`,
/// one character) is still a `<` to an HTML parser, and is written `&lt;\u{338}`.
package enum HTMLEscaping {
    package static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
