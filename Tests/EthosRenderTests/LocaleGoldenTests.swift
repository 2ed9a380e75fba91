import EthosModel
import EthosTestSupport
import Testing
@testable import EthosRender

/// The examples written in German, Slovenian and Norwegian, each rendered in its own language.
@Suite("Golden files in German, Slovenian and Norwegian")
struct LocaleGoldenTests {
    static let examples: [(file: String, locale: String)] = [
        ("kundenservice-de", "de"), ("storitve-sl", "sl"), ("kundeservice-nb", "nb"),
    ]

    @Test("each language's example in Markdown and HTML matches its golden files", arguments: examples)
    func golden(_ file: String, _ tag: String) throws {
        let philosophy = try loadPhilosophy("Examples/\(file).yml")
        let locale = LocaleID(tag)
        try expectMatchesGolden(builtInRenderer.philosophyMarkdown(philosophy, locale: locale), "\(file).\(tag).md")
        try expectMatchesGolden(builtInRenderer.philosophyHTML(philosophy, locale: locale), "\(file).\(tag).html")
    }

    @Test("in its own language a document has the page language set and the same headings and table rows as in English",
          arguments: examples)
    func structure(_ file: String, _ tag: String) throws {
        let philosophy = try loadPhilosophy("Examples/\(file).yml")
        let markdown = builtInRenderer.philosophyMarkdown(philosophy, locale: LocaleID(tag))
        let english = builtInRenderer.philosophyMarkdown(philosophy, locale: "en")
        #expect(markdown != english)
        #expect(Self.headingLevels(markdown) == Self.headingLevels(english))
        #expect(tableRows(markdown).map(\.count) == tableRows(english).map(\.count))
        #expect(builtInRenderer.philosophyHTML(philosophy, locale: LocaleID(tag)).contains(#"<html lang="\#(tag)""#))
    }

    /// The level of every Markdown heading, in order: 1 for `#` …
    static func headingLevels(_ markdown: String) -> [Int] {
        markdown.split(separator: "\n").compactMap { (line: Substring) -> Int? in
            let marks = line.prefix { $0 == "#" }.count
            return marks > 0 && line.dropFirst(marks).first == " " ? marks : nil
        }
    }
}
