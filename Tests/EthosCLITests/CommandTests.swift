import ArgumentParser
@testable import EthosCLI
@testable import EthosLoader

import EthosModel
import EthosTestSupport
import Foundation
import Testing

/// Parses `arguments` as the `ethos` command line and runs the chosen command in-process.
func run(_ arguments: [String]) async throws {
    var command = try EthosCommand.parseAsRoot(arguments)
    if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
    } else {
        try command.run()
    }
}

@Suite("Commands, run in-process")
struct CommandTests {
    @Test("validate passes a clean example and fails a broken file with exit code 1")
    func validate() async throws {
        try await run(["validate", example("nextiva.yml"), example("disney.yml")])
        let folder = try temporaryFolder()
        let broken = folder.appendingPathComponent("broken.yml").path
        try "ethos: 1\ncompany: Acme\n".write(toFile: broken, atomically: true, encoding: .utf8)
        await #expect(throws: ExitCode(1)) { try await run(["validate", broken]) }
    }

    @Test("validate --strict fails on warnings alone")
    func strict() async throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("warn.yml").path
        try """
            ethos: 1
            company: Acme
            locales: [en, de]
            purpose: { en: We help. }
            vision: Fast.
            values: [{ name: Speed, action: Answer at once. }]
            """.write(toFile: file, atomically: true, encoding: .utf8)
        try await run(["validate", file])
        await #expect(throws: ExitCode(1)) { try await run(["validate", "--strict", file]) }
    }

    @Test("usage errors are reported by the parser, and map to exit code 2")
    func usage() {
        #expect(throws: (any Error).self) { try EthosCommand.parseAsRoot(["validate"]) }
        #expect(throws: (any Error).self) { try EthosCommand.parseAsRoot(["validate", "--format", "xml", "a.yml"]) }
        #expect(throws: (any Error).self) { try EthosCommand.parseAsRoot(["kpis", "--locale", "english"]) }
        #expect(ExitStatus.usage.rawValue == 2)
    }

    @Test("init writes a starter that validates clean in each shipped language (another draws labels-fallback, and its copied English untranslated-copy) and never overwrites without --force",
          arguments: ["en", "de,en", "sl,en", "nb,en,de", "fr,en"])
    func initStarter(locales: String) async throws {
        let file = try temporaryFolder().appendingPathComponent("philosophy.yml").path
        try await run(["init", "--company", "Acme: \"Bikes\"", "--locales", locales, "-o", file])
        let result = PhilosophyLoader.load(path: file)
        let unshipped = locales.split(separator: ",").filter { ShippedLanguage(LocaleID(String($0))) == nil }
        #expect(result.diagnostics.filter { $0.rule != .untranslatedCopy }.map(\.rule) == unshipped.map { _ in .labelsFallback },
                "\(result.diagnostics.map(\.formatted))")
        // French has no starter phrases: its copies of the English are marked and warned about.
        #expect(result.diagnostics.contains { $0.rule == .untranslatedCopy } == locales.hasPrefix("fr"))
        #expect(result.philosophy?.company == "Acme: \"Bikes\"")
        #expect(result.philosophy?.locales.map(\.tag) == locales.split(separator: ",").map(String.init))
        try "keep me".write(toFile: file, atomically: true, encoding: .utf8)
        await #expect(throws: ExitCode(1)) { try await run(["init", "-o", file]) }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me")
        try await run(["init", "-o", file, "--force"])
        #expect(PhilosophyLoader.load(path: file).philosophy != nil)
    }

    @Test("a starter for a language without shipped texts marks them for translation")
    func initMarksTranslations() throws {
        let text = StarterFile.render(company: "Acme", locales: ["fr", "en"])
        #expect(text.contains("# translate"))
        #expect(!StarterFile.render(company: "Acme", locales: ["de", "en"]).contains("# translate"))
    }

    @Test("schema -o writes the schema document")
    func schema() async throws {
        let file = try temporaryFolder().appendingPathComponent("ethos.schema.json").path
        try await run(["schema", "-o", file])
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written == FormatSchema.document.serialized())
        let json = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any]
        #expect(json?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let properties = json?["properties"] as? [String: Any]
        #expect(Set(properties?.keys.map { $0 } ?? []) == Set(FileFormat.current[.philosophy].allowed))
    }

    @Test("the KPI listing escapes Markdown table cells and lists every KPI")
    func kpiListing() throws {
        #expect(KPIListing.escapeCell("a | b *c*") == "a \\| b \\*c\\*")
        let listing = KPIListing(catalog: .builtIn, locale: "de")
        #expect(listing.markdown().split(separator: "\n").count == 16)
        #expect(listing.text().contains("FCR — Erstlösungsquote"))
    }
}
