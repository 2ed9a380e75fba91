import EthosLoader
import EthosModel
import Foundation
import Testing
@testable import EthosRender

/// A text the file lacks in a page's locale is shown in another language; the HTML says which.
@Suite("Text in another language than its page")
struct FallbackLanguageTests {
    static let yaml = """
        ethos: 1
        company: Acme
        locales: [de, en]
        purpose:
          de: Wir helfen Menschen.
          en: We help people.
        vision:
          en: Fast help, see https://example.com
        values:
          - name: { de: Ehrlichkeit, en: Honesty }
            action:
              en: "- Say what you mean."
            description:
              en: |-
                First paragraph.

                Second paragraph.
        """

    static func philosophy() throws -> Philosophy {
        let result = PhilosophyLoader.load(yaml: yaml)
        return try #require(result.philosophy, "\(result.diagnostics.map(\.formatted))")
    }

    @Test("The German page wraps each English fallback's text in <span lang=\"en\">, inside its element")
    func spans() throws {
        let html = builtInRenderer.philosophyHTML(try Self.philosophy(), locale: "de")
        #expect(html.contains(#"<html lang="de""#))
        #expect(html.contains(#"<p><span lang="en">Fast help, see </span><a href="https://example.com"><span lang="en">https://example.com</span></a></p>"#))
        #expect(html.contains(#"<td><span lang="en">- Say what you mean.</span></td>"#))
        #expect(html.contains(#"<p><span lang="en">First paragraph.</span></p>"#))
        #expect(html.contains(#"<p><span lang="en">Second paragraph.</span></p>"#))
        #expect(!html.contains("Ehrlichkeit</span>"), "the German name is German")
        #expect(!LanguageMarks.contains(html))
    }

    @Test("The English page and every non-HTML output carry no marks, and escape as before")
    func otherOutputs() throws {
        let philosophy = try Self.philosophy()
        #expect(!builtInRenderer.philosophyHTML(philosophy, locale: "en").contains("<span lang"))
        let markdown = builtInRenderer.philosophyMarkdown(philosophy, locale: "de")
        #expect(!LanguageMarks.contains(markdown))
        #expect(markdown.contains(#"| Ehrlichkeit | \- Say what you mean. |"#))
        let checklist = ChecklistBuilder.make(for: Team(name: "Nord", activities: "Hilfe"), in: philosophy, locale: "de")
        #expect(!checklist.items.contains { LanguageMarks.contains($0.name) || LanguageMarks.contains($0.detail ?? "") })
    }

    @Test("A mark typed into a file adds no markup, and a lone one loses no text")
    func forgedMark() {
        #expect(LanguageMarks.spans(inHTML: "<p>\u{E000}x\" onclick=\"y\u{E001}text\u{E002}</p>")
                == "<p>x\" onclick=\"ytext</p>")
        #expect(LanguageMarks.spans(inHTML: "<p>\u{E000}en-\u{E001}a</p>") == "<p>a</p>", "'en-' is no locale tag")
        #expect(LanguageMarks.strip("abc\u{E000}def") == "abcdef")
        #expect(LanguageMarks.spans(inHTML: "<p>abc\u{E000}def</p>\n<p>more</p>") == "<p>abcdef</p>\n<p>more</p>")
        #expect(MarkdownEscaping.inline("\u{E000}de\u{E001}*x*") == "\\*x\\*", "a mark that is not a whole run is dropped")
        #expect(MarkdownEscaping.inline("\u{E000}de\u{E001}*x*\u{E002}") == "\u{E000}de\u{E001}\\*x\\*\u{E002}")
    }
}
