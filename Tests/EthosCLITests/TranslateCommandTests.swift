import ArgumentParser
@testable import EthosCLI
@testable import EthosLoader
import EthosModel
import EthosTestSupport
import Foundation
import Testing

@Suite("ethos translate, run in-process")
struct TranslateCommandTests {
    /// A copy of the example `name` in a new folder.
    func copy(_ name: String) throws -> String {
        let file = try temporaryFolder().appendingPathComponent(name).path
        try FileManager.default.copyItem(atPath: example(name), toPath: file)
        return file
    }

    /// The PO file at `path` with every entry translated by hand: "FR " before the source.
    func translateByHand(_ path: String, kind: TranslationCatalog.Kind = .texts) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let contents = try POReader.read(text, file: path).get()
        let catalog = TranslationCatalog(kind: kind, company: "Radhaus", original: "x.yml",
                                         sourceLocale: LocaleID(try #require(contents.header["X-Ethos-Source-Locale"])),
                                         targetLocale: "fr", entries: contents.entries.map {
                                             TranslationEntry(context: $0.context, source: $0.source, target: "FR " + $0.source,
                                                              state: .translated)
                                         })
        try POFile.write(catalog).write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test("round trip: export fr, translate every string and label, import, build: the French pages hold the French texts and labels, and no English label")
    func roundTrip() async throws {
        let file = try copy("kundenservice-de.yml")
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let po = folder.appendingPathComponent("fr.po").path
        try await run(["translate", "export", file, "--locale", "fr", "-o", po])
        try translateByHand(po)
        let before = try String(contentsOfFile: file, encoding: .utf8)
        try await run(["translate", "import", file, po])
        let result = PhilosophyLoader.load(path: file)
        let philosophy = try #require(result.philosophy, "\(result.diagnostics.map(\.formatted))")
        #expect(philosophy.locales == ["de", "en", "fr"])
        for (path, text) in philosophy.textFields {
            let source = text.translations["de"] ?? ""
            #expect(text.translations["fr"] == "FR " + source, "\(path)")
        }
        // Every comment line of the file is kept, in order.
        let comments = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("#") } }
        #expect(comments(try String(contentsOfFile: file, encoding: .utf8)) == comments(before))
        let labels = folder.appendingPathComponent("fr-labels.po").path
        try await run(["translate", "export", file, "--labels", "--locale", "fr", "-o", labels])
        try translateByHand(labels, kind: .labels)
        try await run(["translate", "import", file, labels])
        let translated = try #require(PhilosophyLoader.load(path: file).philosophy)
        #expect(translated.labels.labels(for: "fr").count == LabelKey.allCases.count)
        let site = folder.appendingPathComponent("site").path
        try await run(["build", file, "-o", site, "--quiet"])
        let pages = try FileManager.default.subpathsOfDirectory(atPath: site + "/fr").filter { $0.hasSuffix(".html") }
        #expect(pages.count > 5)
        for page in pages {
            // The language chooser's link to the English pages is English on purpose.
            let html = try String(contentsOfFile: site + "/fr/" + page, encoding: .utf8)
                .replacingOccurrences(of: #"hreflang="en" lang="en">English<"#, with: "")
            let english = html.split(separator: "\n").filter { $0.contains(#" lang="en""#) }
            #expect(english.isEmpty, "fr/\(page) shows an English label: \(english)")
        }
        let index = try String(contentsOfFile: site + "/fr/index.html", encoding: .utf8)
        #expect(index.contains("FR " + LabelKey.values.english))
        #expect(index.contains("lang=\"fr\""))
        let purpose = try #require(philosophy.purpose.translations["fr"])
        #expect(index.contains(String(purpose.prefix(40))))
        // Importing the same files again changes nothing.
        let after = try Data(contentsOf: URL(fileURLWithPath: file))
        try await run(["translate", "import", file, po])
        try await run(["translate", "import", file, labels])
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == after)
    }

    @Test("XLIFF exports and imports like PO, chosen by the -o extension")
    func xliff() async throws {
        let file = try copy("nextiva.yml")
        let xlf = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("hr.xlf").path
        try await run(["translate", "export", file, "--locale", "hr", "-o", xlf])
        var text = try String(contentsOfFile: xlf, encoding: .utf8)
        #expect(text.contains("urn:oasis:names:tc:xliff:document:2.0"))
        text = text.replacingOccurrences(of: "<target>Amazing Service</target>", with: "<target>Izvrsna usluga</target>")
            .replacingOccurrences(of: "<segment state=\"initial\">\n        <source>Amazing Service",
                                  with: "<segment state=\"translated\">\n        <source>Amazing Service")
        try text.write(toFile: xlf, atomically: true, encoding: .utf8)
        try await run(["translate", "import", file, xlf])
        let philosophy = try #require(PhilosophyLoader.load(path: file).philosophy)
        #expect(philosophy.vision.translations == ["en": "Amazing Service", "hr": "Izvrsna usluga"])
        #expect(philosophy.locales == ["en", "hr"])
    }

    @Test("an entry with an unknown path is reported at its line and skipped (exit 1); the others are imported")
    func unknownPath() async throws {
        let file = try copy("nextiva.yml")
        let po = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("fr.po").path
        try """
            msgid ""
            msgstr ""
            "Language: fr\\n"

            msgctxt "vison"
            msgid "Amazing Service"
            msgstr "Service formidable"

            msgctxt "vision"
            msgid "Amazing Service"
            msgstr "Service formidable"
            """.write(toFile: po, atomically: true, encoding: .utf8)
        await #expect(throws: ExitCode(1)) { try await run(["translate", "import", file, po]) }
        #expect(PhilosophyLoader.load(path: file).philosophy?.vision.translations["fr"] == "Service formidable")
    }

    @Test("the labels export holds every label key, filled for a shipped language and empty for another")
    func labels() async throws {
        let folder = try temporaryFolder()
        for locale in ["de", "fr"] {
            let po = folder.appendingPathComponent("\(locale).po").path
            try await run(["translate", "export", example("nextiva.yml"), "--labels", "--locale", locale, "-o", po])
            let contents = try POReader.read(try String(contentsOfFile: po, encoding: .utf8), file: po).get()
            #expect(contents.header["X-Ethos-Kind"] == "labels")
            #expect(contents.entries.map(\.context).contains("contents"))
            #expect(contents.entries.allSatisfy { $0.target.isEmpty } == (locale == "fr"))
        }
    }

    @Test("status exits 1 while a text is copied or missing, 0 once every locale is complete; the default locale is refused for export")
    func status() async throws {
        await #expect(throws: ExitCode(1)) {
            try await run(["translate", "status", repositoryRoot.appendingPathComponent("Tests/translate/exchange.yml").path])
        }
        try await run(["translate", "status", example("nextiva.yml"), "--format", "json"])
        #expect(throws: (any Error).self) {
            var command = try EthosCommand.parseAsRoot(["translate", "export", example("nextiva.yml"), "--locale", "en"])
            try command.run()
        }
        #expect(throws: (any Error).self) {
            try EthosCommand.parseAsRoot(["translate", "export", example("nextiva.yml"), "--locale", "french!"])
        }
    }

    @Test("the translate commands' help reads well at 80 columns")
    func help() {
        for command in TranslateCommand.configuration.subcommands + [TranslateCommand.self] {
            for line in command.configuration.discussion.split(separator: "\n") where line.hasPrefix(" ") {
                #expect(line.count <= 80, "\(command._commandName): '\(line)' wraps at 80 columns")
            }
            #expect(command.configuration.discussion.contains("ethos translate"))
        }
    }

    @Test("a labels file imports into the labels section, recognised by its header; a locale not listed is refused")
    func labelsImport() async throws {
        let file = try copy("nextiva.yml")
        let unlisted = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("nb-labels.po").path
        try await run(["translate", "export", file, "--labels", "--locale", "nb", "-o", unlisted])
        let original = try String(contentsOfFile: file, encoding: .utf8)
        await #expect(throws: (any Error).self) { try await run(["translate", "import", file, unlisted]) }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == original)
        try original.replacingOccurrences(of: "locales: [en]", with: "locales: [en, fr]").write(toFile: file, atomically: true, encoding: .utf8)
        let po = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("fr-labels.po").path
        try await run(["translate", "export", file, "--labels", "--locale", "fr", "-o", po])
        let text = try String(contentsOfFile: po, encoding: .utf8)
        try text.replacingOccurrences(of: "msgid \"Contents\"\nmsgstr \"\"", with: "msgid \"Contents\"\nmsgstr \"Sommaire\"")
            .write(toFile: po, atomically: true, encoding: .utf8)
        try await run(["translate", "import", file, po])
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasSuffix("\nlabels:\n  fr:\n    contents: \"Sommaire\"\n"))
        #expect(PhilosophyLoader.load(path: file).philosophy?.labels.labels(for: "fr")["contents"] == "Sommaire")
    }
}
