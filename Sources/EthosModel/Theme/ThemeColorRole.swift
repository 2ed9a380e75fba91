/// What a theme colour is for: each one sets one CSS custom property of the site's stylesheet.
public enum ThemeColorRole: String, CaseIterable, Hashable, Sendable, Codable, CodingKeyRepresentable {
    /// The body text, `--text`.
    case text
    /// Secondary text such as captions, `--muted`.
    case muted
    /// The page's background, `--background`.
    case background
    /// Links, `--accent`.
    case accent
    /// The brand bar's background (the top of every page), `--brand`.
    case brand
    /// The text on the brand bar, `--brand-text`.
    case brandText = "brand-text"

    /// The CSS custom property the colour sets: `--brand-text`.
    public var cssProperty: String { "--\(rawValue)" }

    /// The pairs of text and background colour a reader sees together, each of which must
    /// reach ``minimumContrast``.
    public static let readablePairs: [(foreground: ThemeColorRole, background: ThemeColorRole)] = [
        (.text, .background), (.muted, .background), (.accent, .background), (.brandText, .brand),
    ]

    /// WCAG 2.x level AA for normal text: 4.5:1.
    public static let minimumContrast = 4.5
}
