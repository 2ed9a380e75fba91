import EthosLoader
import EthosModel
import EthosRender
import EthosTestSupport
import Foundation
import Testing
@testable import EthosPublish

/// A themed site: the theme's rules at the end of `style.css`, the logo copied under its fixed
/// name and shown on every page, and the footer links, escaped and relative to each page.
@Suite("A themed site")
struct ThemeSiteTests {
    static let source = "Tests/EthosRenderTests/Fixtures/themed.yml"

    func build(_ philosophy: Philosophy) throws -> [String: Data] {
        let folder = try temporaryFolder().appendingPathComponent("site")
        _ = try SiteBuilder(renderer: SiteRenderer(philosophy: philosophy, templates: templates)).build(into: folder.path)
        return try snapshot(folder)
    }

    func text(_ files: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(files[path], "\(path) is missing"), as: UTF8.self)
    }

    @Test("style.css is the built-in stylesheet followed by the theme's colours per scheme and its font, and nothing else")
    func stylesheet() throws {
        let themed = try loadPhilosophy(Self.source)
        var plain = themed
        plain.site = nil
        let files = try build(themed)
        let css = try text(files, "style.css")
        let builtIn = try text(try build(plain), "style.css")
        #expect(css.hasPrefix(builtIn))
        #expect(String(css.dropFirst(builtIn.count)) == """
            /* The site's theme (site: in the philosophy, or --theme). */
            @media (prefers-color-scheme: light) {
              :root { --accent: #0a58a8; --brand: #0b3d91; --brand-text: #ffffff; }
            }
            @media (prefers-color-scheme: dark) {
              :root { --accent: #8ab4f8; --brand: #1b2a44; }
            }
            body { font-family: "Source Sans 3", system-ui, sans-serif; }

            """)
    }

    @Test("with the company's own style.css (ethos templates export), the theme's rules still follow it")
    func ownStylesheet() throws {
        let folder = try temporaryFolder()
        try "body { color: #123456; }\n".write(to: folder.appendingPathComponent("style.css.mustache"), atomically: true, encoding: .utf8)
        let own = try TemplateSet.withOverrides(in: folder.path)
        let site = try temporaryFolder().appendingPathComponent("site")
        _ = try SiteBuilder(renderer: SiteRenderer(philosophy: try loadPhilosophy(Self.source), templates: own)).build(into: site.path)
        let css = try String(contentsOf: site.appendingPathComponent("style.css"), encoding: .utf8)
        #expect(css.hasPrefix("body { color: #123456; }\n/* The site's theme (site: in the philosophy, or --theme). */\n"))
        #expect(css.hasSuffix("body { font-family: \"Source Sans 3\", system-ui, sans-serif; }\n"))
    }

    @Test("a site without a theme writes the built-in stylesheet, with no theme rules, and no logo")
    func plainStylesheet() throws {
        let philosophy = try loadPhilosophy("Examples/nextiva.yml")
        let files = try build(philosophy)
        let css = try text(files, "style.css")
        #expect(!css.contains("site's theme") && !css.contains("prefers-color-scheme: light"))
        #expect(files.keys.allSatisfy { !$0.hasPrefix("logo.") })
    }

    @Test("the logo is copied as logo.svg and every page at every depth shows it by a relative path, with the company as its text")
    func logo() throws {
        let files = try build(try loadPhilosophy(Self.source))
        let original = try Data(contentsOf: repositoryRoot.appendingPathComponent("Tests/EthosRenderTests/Fixtures/themed-logo.svg"))
        #expect(files["logo.svg"] == original)
        let pages = ["en/index.html": "../", "de/teams.html": "../", "en/values/quality.html": "../../",
                     "de/teams/support.html": "../../", "en/onboarding/support.html": "../../"]
        for (path, toRoot) in pages {
            #expect(try text(files, path).contains(
                "<img class=\"logo\" src=\"\(toRoot)logo.svg\" alt=\"Acme &lt;Service&gt; &amp; Co\" height=\"40\">"), "\(path)")
        }
    }

    @Test("a one-locale site's root page shows the logo from the site's own folder")
    func logoOnRootPage() throws {
        var philosophy = try loadPhilosophy(Self.source)
        philosophy.locales = ["en"]
        let root = try text(try build(philosophy), "index.html")
        #expect(root.contains("<img class=\"logo\" src=\"logo.svg\""))
        #expect(root.contains("<a href=\"philosophy.json\">The whole model</a>"))
    }

    @Test("footer links are in each page's language, their words escaped, a path inside the site made relative to the page")
    func footerLinks() throws {
        let files = try build(try loadPhilosophy(Self.source))
        let english = try text(files, "en/values/quality.html")
        #expect(english.contains("""
            <ul>
            <li><a href="../../philosophy.json">The whole model</a></li>
            <li><a href="https://intranet.example.com/help?a=1&amp;b=2">Help &lt;desk&gt; &amp; &quot;more&quot;</a></li>
            <li><a href="mailto:service@example.com">Write to us</a></li>
            </ul>
            </footer>
            """))
        #expect(try text(files, "de/teams.html").contains("<a href=\"../philosophy.json\">Das ganze Modell</a>"))
        #expect(try text(files, "index.html").contains("<a href=\"philosophy.json\">The whole model</a>"))
        for (path, data) in files where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains("<desk>"), "\(path)")
        }
    }

    @Test("a footer link's words shown in another language than the page's are marked with theirs")
    func footerLinkLanguage() throws {
        var philosophy = try loadPhilosophy(Self.source)
        philosophy.site?.footerLinks[0].text = LocalizedText(["en": "The whole model"])
        let files = try build(philosophy)
        #expect(try text(files, "de/teams.html").contains("<a href=\"../philosophy.json\"><span lang=\"en\">The whole model</span></a>"))
        #expect(try text(files, "en/teams.html").contains("<a href=\"../philosophy.json\">The whole model</a>"))
    }

    @Test("philosophy.json names the logo as the file writes it, and reads back with the rest of the theme")
    func json() throws {
        let philosophy = try loadPhilosophy(Self.source)
        let data = try #require(try build(philosophy)["philosophy.json"])
        let decoded = try JSONDecoder().decode(Philosophy.self, from: data)
        #expect(decoded.site?.logo?.path == "themed-logo.svg" && decoded.site?.logo?.data.isEmpty == true)
        var withoutBytes = philosophy
        withoutBytes.site?.logo?.data = Data()
        #expect(decoded == withoutBytes)
    }

    @Test("a themed site builds byte-identically twice")
    func deterministic() throws {
        let philosophy = try loadPhilosophy(Self.source)
        #expect(try build(philosophy).filter { $0.key != SiteBuilder.markerName }
                == build(philosophy).filter { $0.key != SiteBuilder.markerName })
    }

    @Test("the palettes the contrast check assumes are the stylesheet's own: its :root and, when it has one, its dark :root")
    func builtInPalettesMatchStylesheet() throws {
        let css = try String(contentsOf: repositoryRoot.appendingPathComponent("Templates/style.css.mustache"), encoding: .utf8)
        func declared(_ block: Substring) -> [ThemeColorRole: HexColor?] {
            var colors: [ThemeColorRole: HexColor?] = [:]
            for match in block.matches(of: /(--[a-z-]+): *(#[0-9a-fA-F]{3,6})\b/) {
                guard let role = ThemeColorRole.allCases.first(where: { $0.cssProperty == String(match.output.1) }) else { continue }
                colors[role] = HexColor(parsing: String(match.output.2))
            }
            return colors
        }
        let light = declared(try #require(css.firstMatch(of: /:root \{([^}]*)\}/)).output.1)
        #expect(!light.isEmpty)
        for (role, color) in light {
            #expect(ThemePalette.builtInLight[role] == color, "light \(role.cssProperty)")
        }
        // The layout's built-in dark scheme, once the stylesheet has one.
        if let dark = css.firstMatch(of: /prefers-color-scheme: *dark\) *\{\s*:root *\{([^}]*)\}/) {
            for (role, color) in declared(dark.output.1) {
                #expect(ThemePalette.builtInDark[role] == color, "dark \(role.cssProperty)")
            }
        }
    }
}
