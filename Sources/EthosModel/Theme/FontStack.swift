import Foundation

/// A CSS font-family list, such as `"Source Sans 3", Inter, system-ui, sans-serif`: names,
/// quoted names and generic families, separated by commas.
///
/// Read strictly, so the stylesheet can only ever hold a font list: a name is letters,
/// digits, spaces, `-` and `_` (quoted or not), and nothing else reaches the CSS.
public struct FontStack: Hashable, Sendable, Codable {
    /// The families in order, each as the stylesheet writes it: a name with a space quoted.
    public let families: [String]

    /// The families of `text`; `Problem` says what keeps it from being a font list.
    public static func parse(_ text: String) -> Result<FontStack, Problem> {
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard items.count <= maximumFamilies else { return .failure(Problem("it lists \(items.count) fonts; at most \(maximumFamilies) are allowed")) }
        var families: [String] = []
        for item in items {
            guard !item.isEmpty else { return .failure(Problem("it has an empty entry between commas")) }
            let quote = item.first.flatMap { $0 == "\"" || $0 == "'" ? $0 : nil }
            var name = item
            if let quote {
                guard item.count >= 2, item.last == quote else { return .failure(Problem("the quote in \(item) is not closed")) }
                name = String(item.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
            }
            guard !name.isEmpty, name.count <= 100 else { return .failure(Problem("\(item) is not a font name")) }
            if let bad = name.first(where: { !($0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "_") }) {
                return .failure(Problem("'\(bad)' cannot be part of a font name (\(item))"))
            }
            let collapsed = name.split(separator: " ").joined(separator: " ")
            if quote == nil, genericFamilies.contains(collapsed.lowercased()) {
                families.append(collapsed.lowercased())
            } else if quote == nil, collapsed.split(separator: " ").allSatisfy(Self.isIdentifier) {
                families.append(collapsed)
            } else {
                families.append("\"\(collapsed)\"")
            }
        }
        return .success(FontStack(families: families))
    }

    /// The list as the stylesheet's `font-family` writes it.
    public var css: String { families.joined(separator: ", ") }

    /// Why a text is not a font list, in words for a message.
    public struct Problem: Error, Hashable, Sendable {
        /// What is wrong, such as `';' cannot be part of a font name`.
        public let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// The CSS generic families, which are written unquoted.
    public static let genericFamilies: Set<String> = [
        "serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-serif", "ui-sans-serif",
        "ui-monospace", "ui-rounded", "math", "emoji", "fangsong",
    ]

    private static let maximumFamilies = 20

    /// Whether `word` may stand unquoted in a font list: a CSS identifier that is not a
    /// CSS-wide keyword.
    private static func isIdentifier(_ word: Substring) -> Bool {
        guard let first = word.first,
              first.isLetter || first == "_" || (first == "-" && word.dropFirst().first.map { !$0.isNumber } == true)
        else { return false }
        return !["inherit", "initial", "unset", "default", "revert", "revert-layer"].contains(word.lowercased())
    }

    private init(families: [String]) {
        self.families = families
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        switch Self.parse(text) {
        case .success(let stack): self = stack
        case .failure(let problem):
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: problem.reason))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(css)
    }
}
