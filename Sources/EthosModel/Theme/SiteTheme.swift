/// The site's theme: the `site:` section of the philosophy, or a `--theme` file of the same
/// shape. A logo, brand colours, a font stack and footer links, laid over the built-in look
/// without copying the templates.
public struct SiteTheme: Hashable, Sendable, Codable {
    /// The logo shown at the top of every page.
    public var logo: ThemeLogo?
    /// The colours of the light and the dark scheme.
    public var colors: ThemeColors
    /// The font stack of the pages' text.
    public var font: FontStack?
    /// The links at the foot of every page.
    public var footerLinks: [FooterLink]

    /// A theme; by default one that changes nothing.
    public init(logo: ThemeLogo? = nil, colors: ThemeColors = ThemeColors(), font: FontStack? = nil,
                footerLinks: [FooterLink] = []) {
        self.logo = logo
        self.colors = colors
        self.font = font
        self.footerLinks = footerLinks
    }

    /// This theme with `other` laid over it: `other`'s logo, font and footer links replace
    /// these when it has them; its colours replace these role by role, in each scheme.
    public func overridden(by other: SiteTheme) -> SiteTheme {
        SiteTheme(logo: other.logo ?? logo, colors: colors.overridden(by: other.colors), font: other.font ?? font,
                  footerLinks: other.footerLinks.isEmpty ? footerLinks : other.footerLinks)
    }

    private enum CodingKeys: String, CodingKey {
        case logo, colors, font
        case footerLinks = "footer-links"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(logo: try container.decodeIfPresent(ThemeLogo.self, forKey: .logo),
                  colors: try container.decodeIfPresent(ThemeColors.self, forKey: .colors) ?? ThemeColors(),
                  font: try container.decodeIfPresent(FontStack.self, forKey: .font),
                  footerLinks: try container.decodeIfPresent([FooterLink].self, forKey: .footerLinks) ?? [])
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(logo, forKey: .logo)
        if !colors.isEmpty { try container.encode(colors, forKey: .colors) }
        try container.encodeIfPresent(font, forKey: .font)
        if !footerLinks.isEmpty { try container.encode(footerLinks, forKey: .footerLinks) }
    }
}
