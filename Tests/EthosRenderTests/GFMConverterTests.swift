import Testing
@testable import EthosRender

@Suite("cmark-gfm conversion")
struct GFMConverterTests {
    @Test("headings get stable, unique anchors from their text")
    func anchors() {
        let output = GFMConverter.convert("# Acme\n\n## Our purpose\n\n## Naše vrednote\n\n### Our purpose\n\n## 日本\n")
        #expect(output.headings.map(\.anchor) == ["acme", "our-purpose", "nase-vrednote", "our-purpose-2", "section-5"])
        #expect(output.html.contains(#"<h2 id="our-purpose">Our purpose</h2>"#))
        #expect(output.html.contains(#"<h3 id="our-purpose-2">Our purpose</h3>"#))
    }

    @Test("heading text drops markup: `**a** b` reads `a b`")
    func headingText() {
        #expect(GFMConverter.convert("## **Bold** and `code`\n").headings.first?.text == "Bold and code")
    }

    @Test("tables get header cells with scope; task lists have boxes to tick; strikethrough and autolinks work")
    func extensions() {
        let html = GFMConverter.convert("| A | B |\n|---|---|\n| 1 | 2 |\n\n- [ ] task\n\n~~old~~ https://example.com\n").html
        #expect(html.contains(#"<th scope="col">A</th>"#))
        #expect(html.contains(#"<li><input type="checkbox"> task</li>"#))
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains(#"<a href="https://example.com">"#))
    }

    @Test("raw HTML is dropped and script links are blanked (cmark-gfm never runs UNSAFE)")
    func safe() {
        let html = GFMConverter.convert("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>\n").html
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("javascript:"))
    }
}
