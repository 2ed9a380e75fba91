import Testing
@testable import EthosRender

@Suite("Markdown escaping")
struct MarkdownEscapingTests {
    /// Text that would be markup if it reached cmark-gfm unescaped.
    static let hostile = [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
        "| a | b |", "# heading", "## also", "- item", "+ item", "1. first", "12) twelfth", "> quote", "---", "===",
        "*bold* and _em_ and ~~gone~~", "`code`", "```fence", "![image](x.png)", "[ref]: x",
        "&lt;b&gt; and &#60;", "back\\slash", "a\nb\n\n# c", "    indented code",
        "{{company}}", "=HYPERLINK(\"x\")", "![[]()![[]()![[]()", "**_**_**_", "[^note]", "\\*", "&",
        "Fjell & Dal", "90\u{00A0}%", "tab\there", "Mon–Fri 08:00–18:00 “quoted”", "two  spaces", " padded ",
        "Plain prose, with commas; and (parentheses).",
    ]

    @Test("escaped text reads back through cmark-gfm as one paragraph of the same characters", arguments: hostile)
    func readsBackLiterally(_ text: String) {
        let html = GFMConverter.convert(MarkdownEscaping.inline(text)).html
        let collapsed = text.split(whereSeparator: { " \t\n".contains($0) }).joined(separator: " ")
        #expect(html == "<p>\(htmlEscaped(collapsed))</p>\n")
    }

    @Test("web addresses become links that read exactly as written", arguments: [
        ("see https://x.com/a_b*c.", "see <a href=\"https://x.com/a_b*c\">https://x.com/a_b*c</a>."),
        ("<https://example.com>", "&lt;<a href=\"https://example.com\">https://example.com</a>&gt;"),
        ("(www.x.com/a|b)", "(<a href=\"http://www.x.com/a%7Cb\">www.x.com/a|b</a>)"),
        ("x:https://a.com/[y](javascript:z)", "x:<a href=\"https://a.com/%5By%5D(javascript:z)\">https://a.com/[y](javascript:z)</a>"),
        ("1ftp://files.x.com", "1<a href=\"ftp://files.x.com\">ftp://files.x.com</a>"),
        ("javascript:alert(1) https:// www.", "javascript:alert(1) https:// www."),
        ("http://a)))javascript:x", "<a href=\"http://a)))javascript:x\">http://a)))javascript:x</a>"),
    ])
    func addresses(_ text: String, _ html: String) {
        #expect(GFMConverter.convert(MarkdownEscaping.inline(text)).html == "<p>\(html)</p>\n")
    }

    @Test("structure characters are backslash-escaped where they would act")
    func escapes() {
        #expect(MarkdownEscaping.inline("| a | b |") == "\\| a \\| b \\|")
        #expect(MarkdownEscaping.inline("# Title") == "\\# Title")
        #expect(MarkdownEscaping.inline("1. Do it") == "1\\. Do it")
        #expect(MarkdownEscaping.inline("-20% off") == "\\-20% off")
        #expect(MarkdownEscaping.inline("> quote") == "\\> quote")
        #expect(MarkdownEscaping.inline("a *b* [c]") == "a \\*b\\* \\[c\\]")
    }

    @Test("plain prose stays readable: no escapes where none are needed")
    func prose() {
        #expect(MarkdownEscaping.inline("Say what you mean. Mean what you say.") == "Say what you mean. Mean what you say.")
        #expect(MarkdownEscaping.inline("Fjell & Dal: 90 % in 2 minutes (#1)") == "Fjell & Dal: 90 % in 2 minutes (#1)")
        #expect(MarkdownEscaping.inline("  two\n lines ") == "two lines")
    }

    private func htmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
