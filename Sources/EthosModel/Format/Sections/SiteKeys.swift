/// `site`, or a `--theme` file: the site's theme.
public struct SiteKeys: FormatKeys {
    public static let id = FormatSectionID.site
    public static let what = "the site's theme"
    public static let shared = SiteKeys()

    public let logo = FormatKey("logo", .imageFile,
                                "An svg, png, jpg, webp or gif file, relative to this file; the site holds it as logo.<ext>.")
    public let colors = SectionKey<ThemeColorKeys>("colors", "Brand colours of the light scheme, with dark: for the dark one.")
    public let font = FormatKey("font", .fontStack, "A CSS font list: \"Source Sans 3\", system-ui, sans-serif.")
    public let footerLinks = ListKey<FooterLinkKeys>("footer-links", "Links at the foot of every page.")
}

/// `site.colors`: the light scheme's colours, each checked for WCAG AA contrast.
public struct ThemeColorKeys: FormatKeys {
    public static let id = FormatSectionID.colors
    public static let what = "the theme's colours"
    public static let shared = ThemeColorKeys()

    public let text = FormatKey("text", .color, "Body text.")
    public let muted = FormatKey("muted", .color, "Secondary text.")
    public let background = FormatKey("background", .color, "The page's background.")
    public let accent = FormatKey("accent", .color, "Links.")
    public let brand = FormatKey("brand", .color, "The brand bar's background at the top of each page.")
    public let brandText = FormatKey("brand-text", .color, "The text on the brand bar.")
    public let dark = SectionKey<DarkColorKeys>("dark", "The same colours for readers whose system prefers dark.")
}

/// `site.colors.dark`: the dark scheme's colours.
public struct DarkColorKeys: FormatKeys {
    public static let id = FormatSectionID.darkColors
    public static let what = "the theme's dark colours"
    public static let shared = DarkColorKeys()

    public let text = FormatKey("text", .color, "Body text.")
    public let muted = FormatKey("muted", .color, "Secondary text.")
    public let background = FormatKey("background", .color, "The page's background.")
    public let accent = FormatKey("accent", .color, "Links.")
    public let brand = FormatKey("brand", .color, "The brand bar's background.")
    public let brandText = FormatKey("brand-text", .color, "The text on the brand bar.")
}

/// An item of `site.footer-links`.
public struct FooterLinkKeys: FormatKeys {
    public static let id = FormatSectionID.footerLink
    public static let what = "a footer link"
    public static let shared = FooterLinkKeys()

    public let text = FormatKey("text", .text, required: true, "The link's words.")
    public let url = FormatKey("url", .url, required: true, "https:, http:, mailto:, or a path inside the site.")
}
