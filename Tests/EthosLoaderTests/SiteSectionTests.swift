import EthosLoader
import EthosModel
import EthosTestSupport
import Foundation
import Testing

/// `site:` and `--theme FILE`: the site's theme, each value checked where it is written.
@Suite("The site's theme")
struct SiteSectionTests {
    static let svg = Data(#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#.utf8)

    /// A philosophy whose `site:` section is `site` (indented under `site:`), written into a
    /// fresh folder with `brand/logo.svg` beside it, and loaded from there.
    static func load(site: String) throws -> (result: LoadResult, folder: URL) {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("brand"), withIntermediateDirectories: true)
        try svg.write(to: folder.appendingPathComponent("brand/logo.svg"))
        let file = folder.appendingPathComponent("philosophy.yml")
        try """
            ethos: 1
            company: Acme
            locales: [en, de]
            purpose: { en: Keep shops running., de: Läden am Laufen halten. }
            vision: { en: Help that feels personal., de: "Hilfe, die persönlich wirkt." }
            values:
              - name: { en: Quality, de: Qualität }
                action: { en: Do it right., de: Mach es richtig. }
            site:
            \(site)
            """.write(to: file, atomically: true, encoding: .utf8)
        return (PhilosophyLoader.load(path: file.path, displayName: "philosophy.yml"), folder)
    }

    static func findings(_ result: LoadResult) -> [String] {
        result.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.rule)" }
    }

    @Test("a full theme loads: the logo's bytes from beside the file, colours of both schemes, the font and the links")
    func readsTheme() throws {
        let (result, _) = try Self.load(site: """
              logo: brand/logo.svg
              colors:
                brand: "#0b3d91"
                brand-text: "#FFF"
                accent: "#0a58a8"
                dark: { accent: "#8ab4f8", background: "#101418" }
              font: '"Source Sans 3", system-ui, sans-serif'
              footer-links:
                - { text: { en: Privacy, de: Datenschutz }, url: privacy.html }
                - { text: { en: Help desk, de: Hilfe }, url: "mailto:help@example.com" }
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        let site = try #require(result.philosophy?.site)
        #expect(site.logo?.data == Self.svg && site.logo?.format == .svg && site.logo?.path == "brand/logo.svg")
        #expect(site.colors.light[.brandText] == .white && site.colors.light[.brand]?.description == "#0b3d91")
        #expect(site.colors.dark[.accent]?.description == "#8ab4f8" && site.colors.dark[.brand] == nil)
        #expect(site.font?.css == #""Source Sans 3", system-ui, sans-serif"#)
        #expect(site.footerLinks.map(\.url.text) == ["privacy.html", "mailto:help@example.com"])
        #expect(site.footerLinks[0].text.resolved(for: "de", defaultLocale: "en") == "Datenschutz")
    }

    @Test("footer link texts are texts like any other: a missing translation is warned about at the link")
    func footerTextIsTranslatable() throws {
        let (result, _) = try Self.load(site: "  footer-links: [{ text: { en: Privacy }, url: privacy.html }]")
        #expect(Self.findings(result) == ["10:26 translation-missing"])
        #expect(result.diagnostics.first?.message == "no de translation; the en text is used")
    }

    @Test("each bad value is an error where it is written, with its rule and a fix", arguments: [
        ("  colors: { brand: 0b3d91 }", "10:20 bad-color", "did you mean '#0b3d91'? write it in quotes"),
        ("  colors: { accent: navy }", "10:21 bad-color", "did you mean '#000080' (navy)?"),
        ("  colors: { accent: \"#0b3d9180\" }", "10:21 bad-color", "transparency is not supported: did you mean '#0b3d91'?"),
        ("  colors:\n    brand: #0b3d91", "11:11 bad-color", "write the colour in quotes: '#0b5cad'"),
        ("  colors: { brand: \"#fff; } body { display: none\" }", "10:20 bad-color", "write '#rgb' or '#rrggbb' in quotes, such as '#0b5cad'"),
        ("  colors: { brnad: \"#000\" }", "10:13 unknown-key", "did you mean 'brand'?"),
        ("  font: \"Arial; } body { display: none\"", "10:9 bad-font", nil),
        ("  font: \"x</style><script>alert(1)</script>\"", "10:9 bad-font", nil),
        ("  footer-links: [{ text: Home, url: \"javascript:alert(1)\" }]", "10:37 bad-link",
         "use an https:, http: or mailto: address, or a path inside the site"),
        ("  footer-links: [{ text: Home, url: \"//evil.example.com\" }]", "10:37 bad-link", "write https://evil.example.com"),
        ("  footer-links: [{ text: Home }]", "10:18 missing-key", "add 'url: ...'"),
        ("  logo: brand/logo.bmp", "10:9 bad-logo", "use a file ending in .svg, .png, .jpg, .jpeg, .webp, .gif"),
    ] as [(String, String, String?)])
    func badValue(site: String, finding: String, fix: String?) throws {
        let (result, _) = try Self.load(site: site)
        #expect(result.philosophy == nil)
        #expect(Self.findings(result) == [finding], "\(result.diagnostics.map(\.formatted))")
        if let fix { #expect(result.diagnostics.first?.fix == fix) }
    }

    @Test("a missing logo is an error that names the path it looked for, beside the file")
    func missingLogo() throws {
        let (result, folder) = try Self.load(site: "  logo: brand/missing.png")
        let error = try #require(result.diagnostics.first)
        #expect(Self.findings(result) == ["10:9 bad-logo"])
        #expect(error.message == "there is no logo file '\(folder.path)/brand/missing.png'")
    }

    @Test("brand text that cannot be read is an error at the colour to change, with the ratio and a shade that passes")
    func unreadableContrast() throws {
        let (result, _) = try Self.load(site: """
              colors:
                brand: "#ffffff"
                brand-text: "#ffdd00"
            """)
        #expect(Self.findings(result) == ["12:17 theme-contrast"])
        let error = try #require(result.diagnostics.first)
        #expect(error.formatted.hasPrefix("philosophy.yml:12:17: error: 'brand-text' #ffdd00 on 'brand' #ffffff has contrast 1.35:1, "
            + "needs 4.5:1 (WCAG AA) to be readable [theme-contrast]"), "\(error.formatted)")
        let suggestion = try #require(error.fix?.split(separator: "'").dropFirst().first.flatMap { HexColor(parsing: String($0)) })
        #expect(suggestion.contrast(with: .white) >= 4.5)
    }

    @Test("a colour set alone is checked against the built-in colours of its scheme, which are named as such")
    func checkedAgainstBuiltIn() throws {
        let (result, _) = try Self.load(site: "  colors:\n    dark: { accent: \"#0b3d91\" }")
        let error = try #require(result.diagnostics.first)
        #expect(Self.findings(result) == ["11:21 theme-contrast"])
        #expect(error.message.hasPrefix("'accent' #0b3d91 on 'background' #0d1117 (built in) in the dark scheme has contrast"))
    }

    @Test("a theme file is read like the section, laid over it, and its problems are located in it")
    func themeFile() throws {
        let (result, folder) = try Self.load(site: "  colors: { brand: \"#0b3d91\", accent: \"#0a58a8\" }\n  font: serif")
        let philosophy = try #require(result.philosophy)
        let theme = folder.appendingPathComponent("brand/theme.yml")
        try "logo: logo.svg\ncolors: { brand: \"#222222\" }\nfooter-links: [{ text: Home, url: ../index.html }]\n"
            .write(to: theme, atomically: true, encoding: .utf8)
        let site = try ThemeFile.load(path: theme.path, over: philosophy.site, locales: philosophy.locales)
        #expect(site.logo?.data == Self.svg)
        #expect(site.colors.light[.brand]?.description == "#222222" && site.colors.light[.accent]?.description == "#0a58a8")
        #expect(site.font?.css == "serif" && site.footerLinks.count == 1)

        try "colors:\n  brand-text: \"#0b3d91\"\n".write(to: theme, atomically: true, encoding: .utf8)
        let problems = try #require(throws: ThemeFile.Problems.self) { try ThemeFile.load(path: theme.path, over: philosophy.site, locales: philosophy.locales) }
        #expect(problems.diagnostics.map(\.formatted.description).first?.hasPrefix(
            "\(theme.path):2:15: error: 'brand-text' #0b3d91 on 'brand' #0b3d91 (the philosophy's) has contrast 1.00:1") == true,
            "\(problems.diagnostics.map(\.formatted))")

        // The philosophy sets the brand; a theme file setting only a light text on it is told
        // to change its own colour, not the philosophy's.
        try "colors: { brand-text: \"#3366aa\" }\n".write(to: theme, atomically: true, encoding: .utf8)
        let own = try #require(throws: ThemeFile.Problems.self) { try ThemeFile.load(path: theme.path, over: philosophy.site, locales: philosophy.locales) }
        #expect(own.diagnostics.map(\.rule) == [.themeContrast])
        #expect(own.diagnostics.first?.fix?.contains("for 'brand-text'") == true)
    }

    @Test("a theme file with an unknown key, or that is no mapping, is refused with located errors")
    func badThemeFile() throws {
        let folder = try temporaryFolder()
        let theme = folder.appendingPathComponent("theme.yml")
        try "colours: { brand: \"#000\" }\n".write(to: theme, atomically: true, encoding: .utf8)
        let problems = try #require(throws: ThemeFile.Problems.self) { try ThemeFile.load(path: theme.path, over: nil, locales: ["en"]) }
        #expect(problems.diagnostics.map(\.formatted) == ["\(theme.path):1:1: error: unknown key 'colours' in the site's theme [unknown-key]\n    fix: did you mean 'colors'?"])
        let missing = try #require(throws: ThemeFile.Problems.self) {
            try ThemeFile.load(path: folder.appendingPathComponent("none.yml").path, over: nil, locales: ["en"])
        }
        #expect(missing.diagnostics.first?.rule == .fileUnreadable)
    }

    @Test("a footer link's text in a theme file in a locale the philosophy does not list is an error there")
    func themeFileLocales() throws {
        let theme = try temporaryFolder().appendingPathComponent("theme.yml")
        try "footer-links:\n  - text: { en: Privacy, fr: Confidentialité }\n    url: privacy.html\n"
            .write(to: theme, atomically: true, encoding: .utf8)
        let problems = try #require(throws: ThemeFile.Problems.self) {
            try ThemeFile.load(path: theme.path, over: nil, locales: ["en", "de"])
        }
        #expect(problems.diagnostics.map(\.formatted) == [
            "\(theme.path):2:26: error: 'fr' is not listed under 'locales' of the philosophy [unlisted-locale]\n"
                + "    fix: add it to 'locales' or remove this translation",
        ])
        #expect(try ThemeFile.load(path: theme.path, over: nil, locales: ["en", "fr"]).footerLinks.count == 1)
    }
}
