import EthosTestSupport
import Foundation
import Testing

/// `ethos build --theme FILE` through the built binary: a theme file brands the site, and one
/// whose colours cannot be read, or that holds a hostile value, is refused with located errors.
@Suite("ethos build --theme", .needsBuiltBinary)
struct ThemeBinaryTests {
    static let themes = repositoryRoot.appendingPathComponent("Tests/EthosLoaderTests/Fixtures/theme")

    @Test("a theme file's logo, colours, font and footer links reach the built site")
    func buildsWithTheme() throws {
        let site = try temporaryFolder().appendingPathComponent("site")
        let run = try runBinary(["build", "Examples/nextiva.yml", "-o", site.path, "--quiet",
                                 "--theme", Self.themes.appendingPathComponent("brand.yml").path], capturing: .errors)
        #expect(run.status == 0, "\(run.output)")
        #expect(try Data(contentsOf: site.appendingPathComponent("logo.svg"))
                == Data(contentsOf: Self.themes.appendingPathComponent("logo.svg")))
        let css = try String(contentsOf: site.appendingPathComponent("style.css"), encoding: .utf8)
        #expect(css.contains(":root { --accent: #0a58a8; --brand: #0b3d91; --brand-text: #ffffff; }"))
        #expect(css.hasSuffix("body { font-family: \"Source Sans 3\", system-ui, sans-serif; }\n"))
        let page = try String(contentsOf: site.appendingPathComponent("en/kpis.html"), encoding: .utf8)
        #expect(page.contains("<img class=\"logo\" src=\"../logo.svg\""))
        #expect(page.contains("<li><a href=\"../privacy.html\">Privacy</a></li>"))
    }

    @Test("a theme with unreadable contrast is refused with an error located in the theme file, and no site is written")
    func refusesUnreadableTheme() throws {
        let site = try temporaryFolder().appendingPathComponent("site")
        let theme = Self.themes.appendingPathComponent("unreadable.yml").path
        let run = try runBinary(["build", "Examples/nextiva.yml", "-o", site.path, "--theme", theme], capturing: .errors)
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("\(theme):4:15: error: 'brand-text' #ffdd00 on 'brand' #ffffff has contrast 1.35:1, "
            + "needs 4.5:1 (WCAG AA) to be readable [theme-contrast]\n    fix: try '#"), "\(run.output)")
        #expect(!FileManager.default.fileExists(atPath: site.path))
    }

    @Test("a hostile colour, font or link in a theme file is refused, each at its line", arguments: [
        ("colors: { accent: \"#fff;} body{background:url(x)\" }\n", "1:19", "bad-color"),
        ("font: \"a;}</style><script>alert(1)</script>\"\n", "1:7", "bad-font"),
        ("footer-links: [{ text: x, url: \"javascript:alert(1)\" }]\n", "1:32", "bad-link"),
        ("logo: ../../../etc/passwd\n", "1:7", "bad-logo"),
    ])
    func refusesHostileValues(yaml: String, place: String, rule: String) throws {
        let folder = try temporaryFolder()
        let theme = folder.appendingPathComponent("theme.yml")
        try yaml.write(to: theme, atomically: true, encoding: .utf8)
        let run = try runBinary(["build", "Examples/nextiva.yml", "-o", folder.appendingPathComponent("site").path,
                                 "--theme", theme.path], capturing: .errors)
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("\(theme.path):\(place): error: ") && run.output.contains("[\(rule)]"), "\(run.output)")
    }
}
