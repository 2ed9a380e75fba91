import EthosModel
import EthosTestSupport
import Foundation
import Testing
@testable import EthosRender

/// cmark's pathological inputs (nested brackets, emphasis runs, backticks, link reference
/// chains, table rows …) reach cmark-gfm only as escaped literal text, so its slow paths stay
/// out of reach. The patterns are shared with `Tests/hardening/check_pathological.py`, which
/// times a 1 MB file of them with the built binary; these tests check the structure only.
@Suite("Pathological input reaches cmark-gfm as literal text")
struct PathologicalInputTests {
    struct Pattern: Decodable, CustomTestStringConvertible, Sendable {
        let name: String
        let open: String
        let middle: String?
        let close: String?
        let count: Int
        let grow: Bool?
        let indent: Int?

        /// The pattern's text, as the Python script builds it.
        var text: String {
            let (middle, close) = (self.middle ?? "", self.close ?? "")
            if grow == true { return (1...count).map { open + String(repeating: close, count: $0) }.joined() }
            if let indent { return (0..<count).map { String(repeating: " ", count: indent * $0) + open }.joined() }
            return String(repeating: open, count: count) + middle + String(repeating: close, count: count)
        }

        var testDescription: String { name }
    }

    static let patterns: [Pattern] = {
        let url = repositoryRoot.appendingPathComponent("Tests/hardening/cmark-pathological.json")
        return (try? JSONDecoder().decode([Pattern].self, from: Data(contentsOf: url))) ?? []
    }()

    @Test("the shared pattern list is there, with cmark's own cases")
    func patternList() {
        let names = Self.patterns.map(\.name)
        #expect(names.count >= 25)
        for name in ["nested brackets", "pattern ![[]() repeated", "backtick runs", "table rows", "nested block quotes",
                     "link reference definition chain", "nested strong emphasis"] {
            #expect(names.contains(name))
        }
    }

    @Test("every delimiter from user text is backslash-escaped in the Markdown", arguments: patterns)
    func noLiveDelimiter(_ pattern: Pattern) {
        let markdown = Self.removingEthosLinks(MarkdownEscaping.inline(pattern.text))
        var escaped = false
        var afterLiveAmpersand = false
        for character in markdown {
            if escaped {
                (escaped, afterLiveAmpersand) = (false, false)
                continue
            }
            #expect(!"`*_~[]<>|".contains(character), "a live '\(character)' from \(pattern.name)")
            if afterLiveAmpersand { #expect(!(character == "#" || character.isLetter), "a live entity from \(pattern.name)") }
            (escaped, afterLiveAmpersand) = (character == "\\", character == "&")
        }
        #expect(!markdown.contains("\n"), "a line break would let \(pattern.name) open a block")
    }

    @Test("the escaped text reads back through cmark-gfm as one paragraph of the same characters", arguments: patterns)
    func literal(_ pattern: Pattern) {
        let html = GFMConverter.convert(MarkdownEscaping.inline(pattern.text)).html
        #expect(html.hasPrefix("<p>") && html.hasSuffix("</p>\n"))
        let text = html.dropFirst(3).dropLast(5).replacing(/<a href="https?:\/\/[^"]*">|<\/a>/, with: "")
        #expect(!text.contains("<"), "markup in \(pattern.name)")
        #expect(Self.htmlUnescaped(String(text)) == Self.collapsed(pattern.text).replacingOccurrences(of: "\0", with: "\u{FFFD}"))
    }

    @Test("a philosophy with the pattern in every text field has the structure of a plain one", arguments: patterns)
    func structure(_ pattern: Pattern) {
        let plain = plainTwin(of: pattern.text)
        let hostile = HostileTextTests.philosophy(pattern.text)
        #expect(Self.elements(builtInRenderer.philosophyHTML(hostile, locale: "en"))
            == Self.elements(builtInRenderer.philosophyHTML(plain, locale: "en")))
        let checklist = { (philosophy: Philosophy) in
            builtInRenderer.checklistHTML(ChecklistBuilder.make(for: philosophy.teams[0], in: philosophy, locale: "en"))
        }
        #expect(Self.elements(checklist(hostile)) == Self.elements(checklist(plain)))
    }

    /// Ethos's own links to web addresses, `[text](<address>)`, reduced to their text.
    static func removingEthosLinks(_ markdown: String) -> String {
        markdown.replacing(/\[((?:\\.|[^\\\]])*)\]\(<[^<>]*>\)/) { String($0.output.1) }
    }

    /// How many of each element a page has, leaving out links to web addresses.
    static func elements(_ html: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for match in html.matches(of: /<(?!a href="https?:\/\/)([a-zA-Z][a-zA-Z0-9]*)/) { counts[String(match.output.1), default: 0] += 1 }
        return counts
    }

    /// The text as one line: runs of spaces, tabs and line breaks become one space.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { " \t\n\r\u{0B}\u{0C}".contains($0) }).joined(separator: " ")
    }

    static func htmlUnescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
