import EthosModel
import Foundation
import Yams

extension PhilosophyReader {
    /// `site:`, or a `--theme` file: the site's theme, each value checked where it is
    /// written. A theme laid over `base` (the philosophy's own, for a `--theme` file) is
    /// checked for contrast together with it; a pair of colours falls to this file when it
    /// sets one of them.
    func site(_ node: Node, at path: FieldPath, over base: SiteTheme? = nil) -> SiteTheme {
        guard let fields = reader.mapping(node, at: path, section: format[.site]) else { return SiteTheme() }
        var written = ColorNodes()
        let colors = fields["colors"].map { themeColors($0, at: path.key("colors"), written: &written) } ?? ThemeColors()
        let theme = SiteTheme(
            logo: fields["logo"].flatMap { logo($0, at: path.key("logo")) },
            colors: colors,
            font: fields["font"].flatMap { font($0, at: path.key("font")) },
            footerLinks: reader.list(fields["footer-links"], at: path.key("footer-links"), what: "footer links", item: footerLink))
        reportContrast(in: colors, over: base?.colors ?? ThemeColors(), written: written)
        return theme
    }

    /// Where each colour of the file is written, by scheme and role.
    struct ColorNodes {
        var nodes: [Bool: [ThemeColorRole: (node: Node, path: FieldPath)]] = [:]
    }

    private func themeColors(_ node: Node, at path: FieldPath, written: inout ColorNodes) -> ThemeColors {
        guard let fields = reader.mapping(node, at: path, section: format[.colors]) else { return ThemeColors() }
        let light = palette(fields, isDark: false, written: &written)
        let dark = fields["dark"].flatMap { node in
            reader.mapping(node, at: path.key("dark"), section: format[.darkColors]).map { palette($0, isDark: true, written: &written) }
        }
        return ThemeColors(light: light, dark: dark ?? ThemePalette())
    }

    private func palette(_ fields: NodeReader.Fields, isDark: Bool, written: inout ColorNodes) -> ThemePalette {
        var palette = ThemePalette()
        for role in ThemeColorRole.allCases {
            guard let node = fields[role.rawValue] else { continue }
            let path = fields.path.key(role.rawValue)
            palette[role] = color(node, at: path, what: "the '\(role.rawValue)' colour")
            if palette[role] != nil { written.nodes[isDark, default: [:]][role] = (node, path) }
        }
        return palette
    }

    /// A colour written `#rgb` or `#rrggbb`. An empty value is most likely a colour YAML read
    /// as a comment, since an unquoted `#` starts one.
    private func color(_ node: Node, at path: FieldPath, what: String) -> HexColor? {
        reader.record(path, node)
        guard case .scalar(let scalar) = node else {
            reader.reportWrongType(node, expected: "a colour such as '#0b5cad' for \(what)", at: path)
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        if reader.isNull(scalar) || text.isEmpty {
            reader.report(.badColor, "\(what) is empty; an unquoted '#' starts a YAML comment",
                          fix: "write the colour in quotes: '#0b5cad'", at: node, path: path)
            return nil
        }
        if let color = HexColor(parsing: text) { return color }
        reader.report(.badColor, "'\(text.prefix(40))' is not a colour written #rgb or #rrggbb (\(what))",
                      fix: Self.colorFix(text), at: node, path: path)
        return nil
    }

    /// A did-you-mean for a colour written another way: without `#`, with transparency, or
    /// by a common CSS name.
    static func colorFix(_ text: String) -> String {
        let lower = text.lowercased()
        if let color = HexColor(parsing: "#" + lower) { return "did you mean '\(color)'? write it in quotes" }
        if lower.hasPrefix("#"), [5, 9].contains(lower.count), let color = HexColor(parsing: String(lower.prefix(lower.count == 5 ? 4 : 7))) {
            return "transparency is not supported: did you mean '\(color)'?"
        }
        if let color = namedColors[lower] { return "did you mean '\(color)' (\(lower))?" }
        return "write '#rgb' or '#rrggbb' in quotes, such as '#0b5cad'"
    }

    private static let namedColors: [String: String] = [
        "black": "#000000", "white": "#ffffff", "red": "#ff0000", "green": "#008000", "blue": "#0000ff",
        "navy": "#000080", "gray": "#808080", "grey": "#808080", "orange": "#ffa500", "purple": "#800080",
        "teal": "#008080", "maroon": "#800000", "yellow": "#ffff00", "silver": "#c0c0c0",
    ]

    /// Each pair of `colors` laid over `base` below WCAG AA that this file set a colour of,
    /// reported where the colour to change is written, with a shade that passes. A colour
    /// of the pair this file does not set is named as the philosophy's or the built-in one.
    private func reportContrast(in colors: ThemeColors, over base: ThemeColors, written: ColorNodes) {
        for problem in ThemeContrast.problems(in: base.overridden(by: colors)) {
            let own = written.nodes[problem.isDark] ?? [:]
            let inherited = problem.isDark ? base.dark : base.light
            func named(_ role: ThemeColorRole, _ color: HexColor) -> String {
                let origin = own[role] != nil ? "" : inherited[role] != nil ? " (the philosophy's)" : " (built in)"
                return "'\(role.rawValue)' \(color)\(origin)"
            }
            // The colour to change is one this file sets: the text colour when it sets both.
            let adjusted = own[problem.adjusted] != nil ? problem.adjusted
                : own[problem.foreground] != nil ? problem.foreground : problem.background
            guard let (node, path) = own[adjusted] else { continue }
            let (color, against) = adjusted == problem.foreground
                ? (problem.foregroundColor, problem.backgroundColor) : (problem.backgroundColor, problem.foregroundColor)
            let suggestion = ThemeContrast.passing(from: color, against: against)
            let scheme = problem.isDark ? " in the dark scheme" : ""
            reader.report(.themeContrast,
                          "\(named(problem.foreground, problem.foregroundColor)) on \(named(problem.background, problem.backgroundColor))"
                              + "\(scheme) has contrast \(ThemeContrast.formatted(problem.ratio)), needs 4.5:1 (WCAG AA) to be readable",
                          fix: "try '\(suggestion)' for '\(adjusted.rawValue)' (\(ThemeContrast.formatted(suggestion.contrast(with: against))))",
                          at: node, path: path)
        }
    }

    /// The logo's path, relative to the file that names it: an image of a format every
    /// browser shows, which is read here so a missing or unreadable file is found at once.
    private func logo(_ node: Node, at path: FieldPath) -> ThemeLogo? {
        guard let written = reader.string(node, at: path, what: "the logo's path") else { return nil }
        guard let format = LogoFormat(path: written) else {
            reader.report(.badLogo, "'\(written)' is not an image the site can show as its logo",
                          fix: "use a file ending in \(LogoFormat.extensions.map { ".\($0)" }.joined(separator: ", "))",
                          at: node, path: path)
            return nil
        }
        let file = written.hasPrefix("/") ? written : folder.map { ($0 as NSString).appendingPathComponent(written) } ?? written
        switch FileBytes.read(path: file, limit: ThemeLogo.maximumSize) {
        case .success(let bytes):
            return ThemeLogo(path: written, format: format, data: Data(bytes))
        case .failure(let failure):
            let reason = switch failure {
            case .missing: "there is no logo file '\(file)'"
            case .directory: "the logo '\(file)' is a folder, not an image"
            case .tooLarge: "the logo '\(file)' is larger than 2 MiB"
            case .unreadable(let why): "the logo '\(file)' cannot be read: \(why)"
            }
            reader.report(.badLogo, reason, fix: "write the image's path relative to \(reader.file)", at: node, path: path)
            return nil
        }
    }

    private func font(_ node: Node, at path: FieldPath) -> FontStack? {
        guard let text = reader.string(node, at: path, what: "the font") else { return nil }
        switch FontStack.parse(text) {
        case .success(let stack): return stack
        case .failure(let problem):
            reader.report(.badFont, "'\(text.prefix(60))' is not a font list: \(problem.reason)",
                          fix: "write font names separated by commas, quoting a name with spaces: "
                              + "'\"Source Sans 3\", system-ui, sans-serif'",
                          at: node, path: path)
            return nil
        }
    }

    private func footerLink(_ node: Node, at path: FieldPath) -> FooterLink {
        guard let fields = reader.mapping(node, at: path, section: format[.footerLink]) else {
            return FooterLink(text: "", url: .none)
        }
        let url = fields["url"].flatMap { node -> SiteURL? in
            guard let text = reader.string(node, at: path.key("url"), what: "the link's address") else { return nil }
            switch SiteURL.parse(text) {
            case .success(let url): return url
            case .failure(let problem):
                reader.report(.badLink, problem.reason, fix: problem.fix, at: node, path: path.key("url"))
                return nil
            }
        }
        return FooterLink(text: requiredText(fields, "text", what: "the link's words"), url: url ?? .none)
    }
}
