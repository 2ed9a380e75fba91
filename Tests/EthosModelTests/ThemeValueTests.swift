import EthosModel
import Testing

/// The theme's values: colours and their WCAG contrast, font lists and link addresses, each
/// read strictly so nothing else reaches a stylesheet or a page.
@Suite("Theme values")
struct ThemeValueTests {
    @Test("colours are read as #rgb or #rrggbb in either case and written #rrggbb in lower case")
    func colors() throws {
        #expect(HexColor(parsing: "#0B5CAD")?.description == "#0b5cad")
        #expect(HexColor(parsing: "#fa0")?.description == "#ffaa00")
        for text in ["0b5cad", "#0b5cad80", "#12345", "red", "#ggg", "#fff;}body{x:y", "", "#"] {
            #expect(HexColor(parsing: text) == nil, "\(text)")
        }
    }

    @Test("contrast ratios follow WCAG 2.x: #767676 on white is 4.54:1, #777 on white 4.48:1, black on white 21:1")
    func knownRatios() throws {
        let white = HexColor.white
        #expect(ThemeContrast.formatted(try #require(HexColor(parsing: "#767676")).contrast(with: white)) == "4.54:1")
        #expect(ThemeContrast.formatted(try #require(HexColor(parsing: "#777")).contrast(with: white)) == "4.48:1")
        #expect(ThemeContrast.formatted(4.497) == "4.49:1" && ThemeContrast.formatted(4.5) == "4.50:1")
        #expect(abs(try #require(HexColor(parsing: "#777")).contrast(with: white) - 4.48) < 0.005)
        #expect(HexColor.black.contrast(with: white) == 21)
        #expect(white.contrast(with: white) == 1)
        #expect(abs(white.relativeLuminance - 1) < 1e-12 && HexColor.black.relativeLuminance == 0)
    }

    @Test("a pair below 4.5:1 is a problem with a suggestion that passes and stays close; a pair the theme does not touch is not checked")
    func contrastProblems() throws {
        let yellow = try #require(HexColor(parsing: "#ffdd00"))
        let problems = ThemeContrast.problems(in: ThemePalette([.brand: .white, .brandText: yellow]), over: .builtInLight, isDark: false)
        let problem = try #require(problems.first)
        #expect(problems.count == 1 && problem.foreground == .brandText && problem.background == .brand)
        #expect(problem.adjusted == .brandText && problem.ratio < 1.5)
        #expect(problem.suggestion.contrast(with: .white) >= 4.5)
        // The nearest shade that passes: a quarter per cent less towards black does not.
        let share = try #require((1...400).first { yellow.mixed(with: .black, share: Double($0) / 400) == problem.suggestion })
        #expect(yellow.mixed(with: .black, share: Double(share - 1) / 400).contrast(with: .white) < 4.5)
        #expect(ThemeContrast.problems(in: ThemePalette(), over: .builtInLight, isDark: false).isEmpty)
        #expect(ThemeContrast.problems(in: ThemePalette([.accent: try #require(HexColor(parsing: "#767676"))]),
                                       over: .builtInLight, isDark: false).isEmpty)
    }

    @Test("a background the theme sets alone is what the suggestion changes")
    func backgroundSuggestion() throws {
        let grey = try #require(HexColor(parsing: "#555555"))
        let problems = ThemeContrast.problems(in: ThemePalette([.background: grey]), over: .builtInLight, isDark: false)
        #expect(problems.map(\.foreground) == [.text, .muted, .accent])
        for problem in problems {
            #expect(problem.adjusted == .background)
            #expect(problem.suggestion.contrast(with: problem.foregroundColor) >= 4.5)
        }
    }

    @Test("the built-in palettes pass by themselves")
    func builtInPalettesPass() {
        for (palette, isDark) in [(ThemePalette.builtInLight, false), (.builtInDark, true)] {
            #expect(ThemeContrast.problems(in: palette, over: palette, isDark: isDark).isEmpty)
        }
    }

    @Test("font lists keep names, quoted names and generic families, quote names with spaces, and refuse anything else")
    func fonts() throws {
        let stack = try FontStack.parse(#""Source Sans 3", Inter,system-ui , 'Noto Sans', SANS-SERIF"#).get()
        #expect(stack.css == #""Source Sans 3", Inter, system-ui, "Noto Sans", sans-serif"#)
        #expect(try FontStack.parse("Helvetica Neue").get().css == "Helvetica Neue")
        #expect(try FontStack.parse("inherit").get().css == "\"inherit\"")
        for hostile in ["Arial; color: red", "a}body{display:none", "x</style><script>", #"a\"b"#, "url(x)",
                        "Arial,,serif", "\"Open Sans", "expression(alert(1))", "a:b"] {
            #expect(throws: FontStack.Problem.self, "\(hostile)") { try FontStack.parse(hostile).get() }
        }
    }

    @Test("links take https, http, mailto and paths; javascript:, data:, schemeless // and spaces are refused")
    func links() throws {
        #expect(try SiteURL.parse("https://intranet.example.com/a?b#c").get().isSiteRelative == false)
        #expect(try SiteURL.parse("mailto:help@example.com").get().isSiteRelative == false)
        #expect(try SiteURL.parse("privacy.html").get().isSiteRelative)
        #expect(try SiteURL.parse("docs/a:b.html").get().isSiteRelative)
        #expect(try SiteURL.parse("/privacy.html").get().isSiteRelative == false)
        for hostile in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x", "file:///etc/passwd",
                        "//evil.example.com", "https:", "https:evil", "a b", "java\tscript:x", "mailto:"] {
            #expect(throws: SiteURL.Problem.self, "\(hostile)") { try SiteURL.parse(hostile).get() }
        }
    }

    @Test("a theme file's logo, font and links replace the section's; its colours replace them one by one")
    func overriding() throws {
        let red = try #require(HexColor(parsing: "#aa0000")), blue = try #require(HexColor(parsing: "#0000aa"))
        let base = SiteTheme(colors: ThemeColors(light: ThemePalette([.brand: red, .accent: red])),
                             font: try FontStack.parse("serif").get(),
                             footerLinks: [FooterLink(text: "Home", url: try SiteURL.parse("/").get())])
        let merged = base.overridden(by: SiteTheme(colors: ThemeColors(light: ThemePalette([.brand: blue]))))
        #expect(merged.colors.light[.brand] == blue && merged.colors.light[.accent] == red)
        #expect(merged.font == base.font && merged.footerLinks == base.footerLinks)
        let replaced = base.overridden(by: SiteTheme(font: try FontStack.parse("monospace").get(),
                                                     footerLinks: [FooterLink(text: "Help", url: try SiteURL.parse("help.html").get())]))
        #expect(replaced.font?.css == "monospace" && replaced.footerLinks.map(\.url.text) == ["help.html"])
    }

    @Test("a logo's format comes from its extension in any case; other files have none")
    func logoFormats() {
        #expect(LogoFormat(path: "brand/Logo.SVG") == .svg && LogoFormat(path: "logo.jpg") == .jpeg)
        #expect(LogoFormat(path: "a.jpeg")?.siteFileName == "logo.jpg" && LogoFormat(path: "x.webp")?.siteFileName == "logo.webp")
        #expect(LogoFormat(path: "logo.bmp") == nil && LogoFormat(path: "logo") == nil && LogoFormat(path: ".svg") == nil)
    }
}
