@testable import EthosLoader
import EthosModel
import Testing

@Suite("PO files: written by Ethos, read back, and read as other tools write them")
struct POFileTests {
    static let hostile = [
        "He said \"hi\" \\ left",
        "Line one\nline two\n",
        "Tab\there, CR\rthere",
        "Grüße, こんにちは, 🚀 — ünïcödé",
        "",
    ]

    func catalog(_ sources: [String]) -> TranslationCatalog {
        TranslationCatalog(kind: .texts, company: "Acme \"Bikes\"\nLtd", original: "philosophy.yml", sourceLocale: "en",
                           targetLocale: "fr", entries: sources.enumerated().map { index, source in
                               TranslationEntry(context: "values[\(index)].name", source: source.isEmpty ? "x" : source,
                                                target: source, state: source.isEmpty ? .missing : index == 1 ? .untrusted : .translated,
                                                notes: ["philosophy.yml:\(index + 5)"])
                           })
    }

    @Test("what Ethos writes reads back entry for entry: quotes, backslashes, newlines, tabs, Unicode, fuzzy and empty")
    func roundTrip() throws {
        let written = catalog(Self.hostile)
        let contents = try POReader.read(POFile.write(written), file: "fr.po").get()
        #expect(contents.header["Language"] == "fr")
        #expect(contents.header["Content-Type"] == "text/plain; charset=UTF-8")
        #expect(contents.header["X-Ethos-Source-Locale"] == "en")
        #expect(contents.header["Project-Id-Version"] == "Acme \"Bikes\" Ltd")
        #expect(contents.entries.map(\.context) == written.entries.map(\.context))
        #expect(contents.entries.map(\.source) == written.entries.map(\.source))
        #expect(contents.entries.map(\.target) == written.entries.map(\.target))
        #expect(contents.entries.map(\.state) == written.entries.map(\.state))
        #expect(contents.entries.map(\.notes) == written.entries.map(\.notes))
    }

    @Test("a multi-line msgid is written as msgid \"\" with one quoted line per line; the header has no date")
    func layout() {
        let text = POFile.write(catalog(["Line one\nline two"]))
        #expect(text.contains("msgid \"\"\n\"Line one\\n\"\n\"line two\"\n"))
        #expect(text.contains("msgctxt \"values[0].name\"\n"))
        #expect(!text.contains("Date"))
        #expect(text == POFile.write(catalog(["Line one\nline two"])))
    }

    @Test("a PO file as Poedit and msgmerge write it: wrapped strings, comments, flags, plurals and obsolete entries")
    func foreignFile() throws {
        let text = """
            # Translator's comment.
            msgid ""
            msgstr ""
            "Language: hr_HR\\n"
            "Content-Type: text/plain; charset=UTF-8\\n"
            "Plural-Forms: nplurals=3; plural=(n%10==1 ? 0 : 1);\\n"

            #. philosophy.yml:5
            #: philosophy.yml:5
            #, fuzzy, c-format
            #| msgid "Old text"
            msgctxt "purpose"
            msgid ""
            "We help "
            "people."
            msgstr ""
            "Pomažemo "
            "ljudima."

            msgctxt "vision"
            msgid "Fast"
            msgstr "Brzo"

            msgid "one day"
            msgid_plural "%d days"
            msgstr[0] "jedan dan"
            msgstr[1] "%d dana"

            #~ msgctxt "values[9].name"
            #~ msgid "Gone"
            #~ msgstr "Nema"
            """
        let contents = try POReader.read(text, file: "hr.po").get()
        #expect(contents.header["Language"] == "hr_HR")
        #expect(contents.entries.map(\.context) == ["purpose", "vision", ""])
        #expect(contents.entries[0].source == "We help people.")
        #expect(contents.entries[0].target == "Pomažemo ljudima.")
        #expect(contents.entries[0].state == .untrusted)
        #expect(contents.entries[0].location?.line == 12)
        #expect(contents.entries[1].state == .translated)
        #expect(contents.entries[1].location?.line == 20)
        #expect(contents.entries[2].target == "jedan dan")
        let file = try TranslationFile.read(Array(text.utf8), file: "hr.po").get()
        #expect(file.targetLocale == "hr-HR")
        #expect(file.sourceLocale == nil)
    }

    @Test("broken PO files give one located error", arguments: [
        ("msgid \"open\nmsgstr \"\"\n", 1, 7, "no closing quote"),
        ("msgid \"a\"\nmsgstr \"b\"\nmsgfoo \"c\"\n", 3, 1, "'msgfoo' is not a PO keyword"),
        ("\"stray\"\n", 1, 1, "must follow"),
        ("msgid \"a\\q\"\nmsgstr \"\"\n", 1, 9, "unknown escape"),
        ("msgid \"a\" b\nmsgstr \"\"\n", 1, 10, "after the closing quote"),
    ])
    func brokenFiles(text: String, line: Int, column: Int, message: String) {
        guard case .failure(let problem) = POReader.read(text, file: "bad.po") else {
            Issue.record("read \(text) without a problem")
            return
        }
        #expect(problem.rule == .translationSyntax)
        #expect(problem.location == SourceLocation(file: "bad.po", line: line, column: column))
        #expect(problem.message.contains(message), "\(problem.message)")
    }

    @Test("a PO file without a Language header is refused with a located error")
    func noLanguage() {
        guard case .failure(let problem) = TranslationFile.read(Array("msgid \"a\"\nmsgstr \"b\"\n".utf8), file: "x.po") else {
            Issue.record("accepted a file without a language")
            return
        }
        #expect(problem.formatted.hasPrefix("x.po:1:1: error: the PO file has no 'Language' header"))
    }
}
