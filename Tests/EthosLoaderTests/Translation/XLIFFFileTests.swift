@testable import EthosLoader
import EthosModel
import Foundation
import Testing

@Suite("XLIFF 2.0 files: written by Ethos and read back")
struct XLIFFFileTests {
    func catalog(_ sources: [String]) -> TranslationCatalog {
        TranslationCatalog(kind: .labels, company: "A & B <C>", original: "a \"b\".yml", sourceLocale: "en",
                           targetLocale: "de-AT", entries: sources.enumerated().map { index, source in
                               TranslationEntry(context: "values[\(index)].name", source: source, target: "DE " + source,
                                                state: [.translated, .untrusted, .missing][index % 3], notes: ["note \(index) & more"])
                           })
    }

    @Test("what Ethos writes reads back: markup characters, CR, tabs, newlines, Unicode and characters XML forbids (<cp/>)")
    func roundTrip() throws {
        let sources = ["a < b && c > d \"q\" 'a'", "CR\r\nLF\nTab\t", "  spaces kept  ", "Grüße 🚀", "bell\u{07} nul\u{01}", "z"]
        let written = catalog(sources)
        let text = XLIFFFile.write(written)
        #expect(text.contains("<cp hex=\"0007\"/>"))
        #expect(text.contains("srcLang=\"en\" trgLang=\"de-AT\""))
        #expect(text.contains("<unit id=\"values.0.name\" name=\"values[0].name\">"))
        let contents = try XLIFFReader.read(Data(text.utf8), file: "de.xlf").get()
        #expect(contents.sourceLocale == "en")
        #expect(contents.targetLocale == "de-AT")
        #expect(contents.kind == "labels")
        #expect(contents.entries.map(\.source) == sources)
        #expect(contents.entries.map(\.context) == written.entries.map(\.context))
        #expect(contents.entries.map(\.state) == written.entries.map(\.state))
        #expect(contents.entries.map(\.target) == written.entries.map { $0.state == .missing ? "" : $0.target })
        #expect(contents.entries[0].notes == ["note 0 & more"])
        #expect(contents.entries[0].location?.line == 7)
    }

    @Test("a unit of several segments joins them; a reviewed or final segment is translated")
    func segments() throws {
        let text = """
            <?xml version="1.0"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
              <file id="f1">
                <unit id="u1" name="purpose">
                  <segment state="reviewed"><source>One. </source><target>Un. </target></segment>
                  <segment state="final"><source>Two.</source><target>Deux.</target></segment>
                </unit>
                <unit id="vision"><segment><source>Fast</source><target>Vite</target></segment></unit>
              </file>
            </xliff>
            """
        let file = try TranslationFile.read(Array(text.utf8), file: "fr.xlf").get()
        #expect(file.format == .xliff)
        #expect(file.kind == nil)
        #expect(file.entries.map(\.context) == ["purpose", "vision"])
        #expect(file.entries[0].source == "One. Two.")
        #expect(file.entries[0].target == "Un. Deux.")
        #expect(file.entries[0].state == .translated)
        #expect(file.entries[1].state == .untrusted)
    }

    @Test("XLIFF 1.2 and broken XML are refused with a located error")
    func refused() {
        let old = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"/>"
        guard case .failure(let problem) = XLIFFReader.read(Data(old.utf8), file: "old.xlf") else {
            Issue.record("read XLIFF 1.2")
            return
        }
        #expect(problem.location?.line == 2)
        #expect(problem.message.contains("not XLIFF 2.0"))
        let broken = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">\n<file>\n</xliff>"
        guard case .failure(let syntax) = XLIFFReader.read(Data(broken.utf8), file: "bad.xlf") else {
            Issue.record("read broken XML")
            return
        }
        #expect(syntax.rule == .translationSyntax)
        #expect(syntax.location?.line == 4)
    }
}
