import EthosModel
import Foundation
import Testing
@testable import EthosRender

@Suite("Page shells")
struct PageShellTests {
    let chrome = HTMLPage.Chrome(
        navigation: [["href": "../index.html", "text": "Philosophy", "current": false],
                     ["href": "../teams.html", "text": "Teams", "current": true]],
        alternates: [["href": "../../de/teams/a.html", "lang": "de", "name": "Deutsch"]])

    func page(_ markdown: String, title: String, templates: TemplateSet, shells: PageShells?) -> String {
        HTMLPage.make(markdown: markdown, title: title, locale: "en", templates: templates, chrome: chrome, shells: shells)
    }

    @Test("a page joined from its shape's shell is byte for byte the page the template renders")
    func sameAsTemplate() throws {
        let templates = try TemplateSet.builtIn()
        let shells = PageShells()
        let pages = [("# A & B\n\n## One\n\n## Two <x>\n", "A & \"B\""), ("# C\n\n## Three\n\n## Four\n", "C's"),
                     ("# D\n\ntext\n", "D")]
        for (markdown, title) in pages + pages {
            #expect(page(markdown, title: title, templates: templates, shells: shells)
                == page(markdown, title: title, templates: templates, shells: nil))
        }
    }

    @Test("a template that transforms a value falls back to rendering each page")
    func transformedValueFallsBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ethos-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "<title>{{uppercased(title)}}</title>{{{body}}}".write(
            to: folder.appendingPathComponent("page.html.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet.withOverrides(in: folder.path)
        let shells = PageShells()
        let shelled = page("# a\n\n## b\n", title: "Quiet", templates: templates, shells: shells)
        #expect(shelled == page("# a\n\n## b\n", title: "Quiet", templates: templates, shells: nil))
        #expect(shelled.hasPrefix("<title>QUIET</title>"))
    }

    @Test("markers split into text and slots; a changed marker is refused")
    func splitting() {
        let shell = PageShell(rendered: "<a>\(PageShell.marker(0))</a>" + PageShell.marker(1).replacingOccurrences(of: "<", with: "&lt;"))
        #expect(shell?.fill(["<b>", "x & y"]) == "<a><b></a>x &amp; y")
        #expect(PageShell(rendered: "<a>\u{1}<SLOT0\u{1}</a>") == nil)
    }
}
