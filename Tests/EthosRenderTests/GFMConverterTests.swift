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
        #expect(html.contains(#"<ul class="contains-task-list">"#))
        #expect(html.contains(#"<li class="task-list-item"><label><input type="checkbox"> task</label></li>"#))
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains(#"<a href="https://example.com">"#))
    }

    @Test("a task list: the list and its items carry GitHub's classes, each enabled box sits in a label with the task's text, a done task stays ticked")
    func taskList() {
        let html = GFMConverter.convert("- [ ] **Read** the *philosophy*\n- [x] Meet the team\n").html
        #expect(html == """
            <ul class="contains-task-list">
            <li class="task-list-item"><label><input type="checkbox"> <strong>Read</strong> the <em>philosophy</em></label></li>
            <li class="task-list-item"><label><input type="checkbox" checked> Meet the team</label></li>
            </ul>

            """)
    }

    @Test("a task holding a paragraph or a nested list keeps its box outside a label, which may hold only phrasing content")
    func taskWithBlocks() {
        let html = GFMConverter.convert("- [ ] one\n\n  more\n- [ ] two\n  - [ ] nested\n- plain\n").html
        #expect(!html.contains("disabled"))
        #expect(html.components(separatedBy: "<label>").count == html.components(separatedBy: "</label>").count)
        #expect(html.contains(#"<li class="task-list-item"><label><input type="checkbox"> nested</label></li>"#))
        #expect(!html.contains("<label><input type=\"checkbox\"> one"))
        #expect(html.contains("<li>\n<p>plain</p>\n</li>"))
    }

    @Test("a bullet list without tasks stays a plain list")
    func plainList() {
        #expect(GFMConverter.convert("- a\n- b\n").html == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
    }

    @Test("raw HTML is dropped and script links are blanked (cmark-gfm never runs UNSAFE)")
    func safe() {
        let html = GFMConverter.convert("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>\n").html
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("javascript:"))
    }
}
