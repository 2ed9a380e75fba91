import EthosModel
import Foundation
import Testing
@testable import EthosRender

/// A shell gives the bytes a full render gives: one HTML escaper for both, no shell for a
/// template whose transforms read the texts, and only the top-level labels kept out of the key.
@Suite("Shells and full renders agree")
struct ShellEscapingTests {
    static let awkwardTitles = ["<\u{338} and >\u{338}", "a & b \"q\" 'r'", "e\u{301}<b>", "plain"]

    @Test("A page's texts go through one HTML escaper, shelled or in full, scalar by scalar")
    func oneEscaper() throws {
        let (shelled, full) = (try TemplateSet.builtIn(), try TemplateSet.builtIn(usingShells: false))
        for title in Self.awkwardTitles {
            let fast = HTMLPage.make(markdown: "# \(title)", title: title, locale: "en", labels: .for("en"), templates: shelled)
            let slow = HTMLPage.make(markdown: "# \(title)", title: title, locale: "en", labels: .for("en"), templates: full)
            #expect(fast == slow, "\(title)")
        }
        let page = HTMLPage.make(markdown: "", title: "<\u{338}", locale: "en", labels: .for("en"), templates: shelled)
        #expect(page.contains("<title>&lt;\u{338}</title>"))
        #expect(HTMLEscaping.escape("<\u{338}>") == "&lt;\u{338}&gt;")
    }

    @Test("A template that sorts its texts never renders through a shell", arguments: [
        ("{{#sorted(names)}}{{.}} {{/sorted(names)}}", false),
        ("{{#names}}{{.}}{{/names}}{{^empty(names)}}!{{/empty(names)}}", true),
        ("{{! a comment (with parentheses) }}{{#reversed(names)}}{{.}}{{/reversed(names)}}", true),
    ])
    func transforms(source: String, shellable: Bool) {
        #expect(TemplateShell.canRender(source) == shellable)
    }

    @Test("Only the top-level labels are constant: a nested key named labels is a text like any other")
    func nestedLabels() throws {
        let constant: Set<String> = ["labels"]
        let shape = try #require(TemplateShell.shape(of: ["labels": ["a": "A"], "team": ["labels": "Nord"]], constant: constant))
        #expect(shape.texts == ["Nord"])
        let marked = TemplateShell.marked(["labels": ["a": "A"], "team": ["labels": "Nord"]], constant: constant)
        #expect((marked["team"] as? [String: Any])?["labels"] as? String == TemplateShell.marker(0))
        #expect((marked["labels"] as? [String: String]) == ["a": "A"])
    }

    @Test("Labels of different words never share a shell: the key names their identity")
    func labelsIdentity() {
        #expect(Labels.for("de").identity != Labels.for("en").identity)
        #expect(Labels.for("de-AT").identity == Labels.for("de").identity)
    }
}
