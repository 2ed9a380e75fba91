import EthosModel

/// The rules a theme adds at the end of the site's `style.css`: the colours it sets, as the
/// custom properties the stylesheet reads (`--brand`, `--accent` ...), and its font.
///
/// Each scheme's colours apply only in that scheme (`prefers-color-scheme`), so a light
/// theme colour never lands on the built-in dark page, and a colour not set keeps the
/// built-in one. Colours and fonts come only from `HexColor` and `FontStack`, which hold
/// nothing but `#` with hex digits and plain font names, so no theme value can add a rule.
enum ThemeStylesheet {
    /// The rules for `theme`; empty without one, so a site without a theme keeps the
    /// stylesheet as the template writes it.
    static func css(_ theme: SiteTheme?) -> String {
        guard let theme else { return "" }
        var css = ""
        for (palette, scheme) in [(theme.colors.light, "light"), (theme.colors.dark, "dark")] where !palette.isEmpty {
            let properties = ThemeColorRole.allCases.compactMap { role in palette[role].map { "\(role.cssProperty): \($0);" } }
            css += "@media (prefers-color-scheme: \(scheme)) {\n  :root { \(properties.joined(separator: " ")) }\n}\n"
        }
        if let font = theme.font {
            css += "body { font-family: \(font.css); }\n"
        }
        return css.isEmpty ? "" : "/* The site's theme (site: in the philosophy, or --theme). */\n" + css
    }
}
