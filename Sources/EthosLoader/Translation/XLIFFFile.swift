import EthosModel

/// A catalog as an XLIFF 2.0 document (`urn:oasis:names:tc:xliff:document:2.0`): one `unit`
/// per entry, named by its field path or label key, with a `segment` whose `state` says how
/// far the translation can be trusted (`initial` for a missing or untrusted one, `translated`
/// otherwise). Characters XML 1.0 cannot hold are written as XLIFF's `<cp hex="…"/>`.
public enum XLIFFFile {
    /// The XLIFF 2.0 namespace.
    public static let namespace = "urn:oasis:names:tc:xliff:document:2.0"

    /// The XLIFF text of `catalog`.
    public static func write(_ catalog: TranslationCatalog) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<xliff xmlns=\"\(namespace)\" version=\"2.0\" srcLang=\"\(attribute(catalog.sourceLocale.tag))\" "
                + "trgLang=\"\(attribute(catalog.targetLocale.tag))\">",
            "  <file id=\"\(catalog.kind.rawValue)\" original=\"\(attribute(catalog.original))\" xml:space=\"preserve\">",
            "    <notes>",
            "      <note category=\"\(Category.company)\">\(text(catalog.company))</note>",
            "    </notes>",
        ]
        for (index, entry) in catalog.entries.enumerated() {
            lines.append("    <unit id=\"\(unitID(entry.context, index: index))\" name=\"\(attribute(entry.context))\">")
            if !entry.notes.isEmpty {
                lines.append("      <notes>")
                lines += entry.notes.map { "        <note>\(text($0))</note>" }
                lines.append("      </notes>")
            }
            lines.append("      <segment state=\"\(entry.state == .translated ? "translated" : "initial")\">")
            lines.append("        <source>\(text(entry.source))</source>")
            if entry.state != .missing { lines.append("        <target>\(text(entry.target))</target>") }
            lines.append("      </segment>")
            lines.append("    </unit>")
        }
        lines += ["  </file>", "</xliff>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The note categories Ethos writes.
    enum Category {
        static let company = "ethos-company"
    }

    /// A unit id, which XLIFF wants to be an NMTOKEN: the context with `[n]` written `.n` and
    /// anything else outside letters, digits, `.`, `-` and `_` dropped; the entry's number
    /// when nothing is left.
    static func unitID(_ context: String, index: Int) -> String {
        let dotted = context.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "")
        let id = String(String.UnicodeScalarView(dotted.unicodeScalars.filter {
            ($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)) || $0 == "." || $0 == "-" || $0 == "_"
        }))
        return id.isEmpty ? "u\(index + 1)" : id
    }

    /// Element text: `&`, `<` and `>` escaped, a carriage return as `&#13;` (XML reads a bare
    /// one as a line feed) and characters XML 1.0 forbids as `<cp hex="…"/>`.
    static func text(_ value: String) -> String {
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\r": escaped += "&#13;"
            case "\t", "\n": escaped.unicodeScalars.append(scalar)
            default:
                if isAllowed(scalar) {
                    escaped.unicodeScalars.append(scalar)
                } else {
                    escaped += "<cp hex=\"\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))\"/>"
                }
            }
        }
        return escaped
    }

    /// An attribute value in double quotes; forbidden characters become spaces, as an
    /// attribute cannot hold `<cp>`.
    static func attribute(_ value: String) -> String {
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\t": escaped += "&#9;"
            case "\n": escaped += "&#10;"
            case "\r": escaped += "&#13;"
            default: escaped.unicodeScalars.append(isAllowed(scalar) ? scalar : " ")
            }
        }
        return escaped
    }

    /// Whether XML 1.0 allows `scalar` in a document (its `Char` production, less the
    /// discouraged C1 controls and non-characters U+FFFE and U+FFFF).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        case 0x85: true
        default: false
        }
    }
}

extension String {
    /// The string with leading zeros up to `length` characters.
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
