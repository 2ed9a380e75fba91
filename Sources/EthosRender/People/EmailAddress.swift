/// Checks that text can stand as an email address in a CSV cell, a `mailto:` address of a
/// calendar and a task tool's assignee: one `@` between a local part and a domain with a dot,
/// and nothing that would break out of those places (spaces, control characters, quotes,
/// brackets, `,` `;` `:` `\`).
public enum EmailAddress {
    /// Whether `text` is a plausible email address.
    public static func isPlausible(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
              !parts[1].hasSuffix(".") else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value)
                && !forbidden.contains(scalar) && !scalar.properties.isWhitespace
        }
    }

    private static let forbidden: Set<Unicode.Scalar> = ["<", ">", "(", ")", "[", "]", ",", ";", ":", "\"", "\\"]
}
