import EthosModel
@testable import EthosRender
import Foundation
import Testing

/// The parts of a page's chrome a theme fills in, and the page without chrome.
@Suite("Page chrome")
struct PageChromeTests {
    let templates = try! TemplateSet.builtIn()

    func page(_ chrome: HTMLPage.Chrome) -> String {
        HTMLPage.make(markdown: "# Title\n\nText.\n", title: "Title", locale: "en", labels: Labels.for("en"),
                      templates: templates, chrome: chrome)
    }

    @Test("a logo shows in the brand bar as an image named by the company, and footer links as a list")
    func logoAndFooterLinks() {
        var chrome = HTMLPage.Chrome(stylesheet: "style.css")
        chrome.company = "Fjell & Dal"
        chrome.home = "index.html"
        chrome.logo = "assets/logo.svg"
        chrome.footerLinks = [NavigationLink(href: "https://intranet.example/help", text: "Help <desk>", current: false),
                              NavigationLink(href: "privacy.html", text: "Privacy", current: false)]
        let html = page(chrome)
        #expect(html.contains(#"<a class="brand" href="index.html"><img class="logo" src="assets/logo.svg" alt="Fjell &amp; Dal" height="40"></a>"#))
        #expect(html.contains("""
            <footer class="site">
            <p>Fjell &amp; Dal</p>
            <ul>
            <li><a href="https://intranet.example/help">Help &lt;desk&gt;</a></li>
            <li><a href="privacy.html">Privacy</a></li>
            </ul>
            </footer>
            """))
    }

    @Test("without a logo the brand bar names the company, and without footer links the footer has no list")
    func noLogo() {
        var chrome = HTMLPage.Chrome(stylesheet: "style.css")
        chrome.company = "Acme"
        chrome.home = "../index.html"
        let html = page(chrome)
        #expect(html.contains(#"<a class="brand" href="../index.html">Acme</a>"#))
        #expect(!html.contains("<img") && !html.contains("<ul>\n<li><a href=\"https"))
    }

    @Test("a document that travels alone has no skip link, brand bar, sidebar or footer, and embeds the stylesheet")
    func standalone() {
        let html = page(HTMLPage.Chrome())
        #expect(html.contains("<body>\n<main id=\"content\">"))
        let body = html[html.range(of: "<body>")!.lowerBound...]
        for part in ["skip-link", "<header class=\"site\"", "<details", "<footer", "breadcrumbs\" aria-label"] {
            #expect(!body.contains(part), "\(part)")
        }
        #expect(html.contains("<style>") && html.contains("prefers-color-scheme: dark"))
    }

    @Test("wide tables scroll inside a frame; each table gets its own", arguments: [1, 3])
    func tableFrames(_ count: Int) {
        let table = "| A | B |\n|---|---|\n| 1 | 2 |\n\n"
        let html = page(HTMLPage.Chrome(), markdown: "# T\n\n" + String(repeating: table, count: count))
        #expect(html.components(separatedBy: "<div class=\"table-scroll\"><table>").count == count + 1)
        #expect(html.components(separatedBy: "</table></div>").count == count + 1)
    }

    func page(_ chrome: HTMLPage.Chrome, markdown: String) -> String {
        HTMLPage.make(markdown: markdown, title: "T", locale: "en", labels: Labels.for("en"), templates: templates, chrome: chrome)
    }

    @Test("the stylesheet names every colour and the font as a custom property a theme can override")
    func customProperties() throws {
        let css = templates.render(StylesheetViewModel())
        for name in ["--text", "--muted", "--background", "--accent", "--rule", "--shade", "--brand", "--brand-text", "--font"] {
            #expect(css.contains("\(name):"), "\(name) is not defined")
        }
        let dark = try #require(css.range(of: "@media screen and (prefers-color-scheme: dark)"))
        #expect(css[dark.upperBound...].contains("--background: #0d1117"))
        // Outside the :root rules, colours come from the properties only.
        let rules = css.split(separator: "\n").filter { !$0.contains(":root") && !$0.hasPrefix("{{") }
        let print = try #require(rules.firstIndex { $0.hasPrefix("@media print") })
        let literal = rules[..<print].filter { $0.contains(/#[0-9a-fA-F]{3,6}\b|rgba?\(/) }
        #expect(literal.isEmpty, "\(literal)")
    }

    /// The colours the first `:root { ... }` rule of `css` after `marker` sets, by property,
    /// as `#rrggbb`.
    func colours(in css: String, after marker: String = "") throws -> [String: String] {
        let start = marker.isEmpty ? css.startIndex : try #require(css.range(of: marker)).upperBound
        let rule = try #require(css[start...].firstMatch(of: /:root \{([^}]*)\}/))
        var colours: [String: String] = [:]
        for match in rule.output.1.matches(of: /(--[a-z-]+): (#[0-9a-f]{3,6})/) {
            let hex = match.output.2.dropFirst()
            colours[String(match.output.1)] = "#" + (hex.count == 3 ? hex.map { "\($0)\($0)" }.joined() : String(hex))
        }
        return colours
    }

    /// WCAG 2's contrast ratio of two `#rrggbb` colours.
    func contrast(_ first: String, _ second: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let digits = Array(hex.dropFirst())
            let channels = stride(from: 0, to: 6, by: 2).map { Double(Int(String(digits[$0...$0 + 1]), radix: 16)!) / 255 }
            let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    @Test("text, muted text and links meet WCAG AA (4.5:1) on the page and the shade, light and dark; so does the brand bar")
    func contrastAA() throws {
        let css = templates.render(StylesheetViewModel())
        let light = try colours(in: css)
        var dark = light
        dark.merge(try colours(in: css, after: "prefers-color-scheme: dark"), uniquingKeysWith: { $1 })
        for (scheme, colours) in [("light", light), ("dark", dark)] {
            for text in ["--text", "--muted", "--accent"] {
                for background in ["--background", "--shade"] {
                    let ratio = contrast(try #require(colours[text]), try #require(colours[background]))
                    #expect(ratio >= 4.5, "\(scheme): \(text) on \(background) is \(ratio):1")
                }
            }
            let brand = contrast(try #require(colours["--brand-text"]), try #require(colours["--brand"]))
            #expect(brand >= 4.5, "\(scheme): --brand-text on --brand is \(brand):1")
        }
    }
}

@Suite("Table frames")
struct TableFramesTests {
    @Test("text without a table comes back as it was; text around tables is kept, byte for byte")
    func keepsText() {
        #expect(TableFrames.wrap("<p>a &lt;table&gt; b</p>") == "<p>a &lt;table&gt; b</p>")
        #expect(TableFrames.wrap("") == "")
        let html = "<p>ä</p>\n<table>\n<tr><td>1</td></tr>\n</table>\n<p>ö</p><table class=\"scores\"></table>€"
        #expect(TableFrames.wrap(html) == "<p>ä</p>\n<div class=\"table-scroll\"><table>\n<tr><td>1</td></tr>\n</table></div>\n"
                + "<p>ö</p><div class=\"table-scroll\"><table class=\"scores\"></table></div>€")
    }
}
