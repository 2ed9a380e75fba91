import EthosLoader
import EthosModel
import EthosTestSupport
import Foundation
import Testing

/// `labels:` and `--labels FILE`: words for the built-in labels, checked where they are written.
@Suite("Supplied labels")
struct LabelsSectionTests {
    /// A French philosophy whose `labels:` section is `labels`, indented under `labels:`.
    static func french(labels: String, locales: String = "[fr]") -> LoadResult {
        PhilosophyLoader.load(yaml: """
            ethos: 1
            company: Acme
            locales: \(locales)
            purpose: Simplifier la vie des clients.
            vision: Une aide personnelle.
            values:
              - name: Qualité
                action: Résoudre du premier coup.
            labels:
            \(labels)
            """, file: "fr.yml")
    }

    static func findings(_ result: LoadResult) -> [String] {
        result.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.severity) \($0.rule)" }
    }

    /// Every built-in label in `locale`, in the words `word(key)`.
    static func everyLabel(_ word: (String) -> String) -> String {
        LabelKey.allCases.map { key in
            let words = [word(key.rawValue)] + LabelKey.placeholders(in: key.english).map { "{\($0)}" }
            return "    \(key.rawValue): \"\(words.joined(separator: " "))\""
        }.joined(separator: "\n")
    }

    @Test("a labels section is read into the model, locale by locale, and the locale's other labels draw one warning")
    func readsSection() throws {
        let result = Self.french(labels: "  fr: { contents: Sommaire, phaseDay: 'Jour {n}' }")
        let philosophy = try #require(result.philosophy)
        #expect(philosophy.labels.labels(for: "fr") == ["contents": "Sommaire", "phaseDay": "Jour {n}"])
        #expect(Self.findings(result) == ["3:11 warning labels-fallback"])
        let warning = try #require(result.diagnostics.first)
        #expect(warning.message == "Ethos ships no 'fr' labels: \(LabelKey.allCases.count - 2) of \(LabelKey.allCases.count) "
            + "labels (headings, navigation, checklist words) are shown in English")
        #expect(warning.fix?.contains("ethos translate export --labels --locale fr") == true)
    }

    @Test("a full set of labels for a locale Ethos ships none for loads clean")
    func fullSetIsClean() {
        let result = Self.french(labels: "  fr:\n" + Self.everyLabel { "fr-\($0)" })
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
    }

    @Test("a shipped language may reword a label without any warning")
    func shippedLanguageRewords() {
        let result = Self.french(labels: "  de: { contents: Übersicht }", locales: "[de]")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        #expect(result.philosophy?.labels.labels(for: "de-AT") == ["contents": "Übersicht"])
    }

    @Test("an unknown label key is an unknown-key error at the key, with a did-you-mean")
    func unknownKey() throws {
        let result = Self.french(labels: "  fr: { contnts: Sommaire }")
        let error = try #require(result.diagnostics.first { $0.rule == .unknownKey })
        #expect(error.location?.line == 10 && error.location?.column == 9)
        #expect(error.message == "unknown label 'contnts' for 'fr'")
        #expect(error.fix == "did you mean 'contents'?")
        #expect(result.philosophy == nil)
    }

    @Test("labels for a locale not under locales are an unlisted-locale error at the locale")
    func unlistedLocale() throws {
        let result = Self.french(labels: "  hr: { contents: Sadržaj }")
        let error = try #require(result.diagnostics.first { $0.rule == .unlistedLocale })
        #expect(error.location?.line == 10 && error.location?.column == 3)
        #expect(error.message == "'hr' is not listed under 'locales'")
    }

    @Test("a label whose placeholders differ from the built-in's is an error naming the expected ones",
          arguments: ["Jour", "Jour {jour}", "Jour {n} {team}"])
    func placeholders(text: String) throws {
        let result = Self.french(labels: "  fr: { phaseDay: '\(text)' }")
        let error = try #require(result.diagnostics.first { $0.rule == .labelPlaceholders })
        #expect(error.location?.line == 10 && error.location?.column == 19)
        #expect(error.message.contains("it must hold {n}, which Ethos fills in (English: 'Day {n}')"))
        #expect(error.fix == "write {n} where the value goes")
    }

    @Test("a malformed locale, a label that is not text and a section that is not a mapping are located errors")
    func shapes() {
        #expect(Self.findings(Self.french(labels: "  'f r': { contents: Sommaire }")).contains("10:3 error bad-locale"))
        #expect(Self.findings(Self.french(labels: "  fr: { contents: [Sommaire] }")).contains("10:19 error wrong-type"))
        #expect(Self.findings(Self.french(labels: "  - fr")).contains("10:3 error wrong-type"))
        #expect(Self.findings(Self.french(labels: "  fr: [contents]")).contains("10:7 error wrong-type"))
    }

    @Test("a labels file is read like the section, its problems located in the file")
    func labelsFile() throws {
        let folder = try temporaryFolder()
        let good = folder.appendingPathComponent("fr.yml")
        try "fr:\n  contents: Sommaire\n".write(to: good, atomically: true, encoding: .utf8)
        #expect(try LabelsFile.load(path: good.path, locales: ["fr"]).labels(for: "fr") == ["contents": "Sommaire"])

        let bad = folder.appendingPathComponent("bad.yml")
        try "fr:\n  contnts: Sommaire\n  phaseDay: Jour\nhr:\n  contents: Sadržaj\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: LabelsFile.Problems.self) { try LabelsFile.load(path: bad.path, file: "bad.yml", locales: ["fr"]) }
        do {
            _ = try LabelsFile.load(path: bad.path, file: "bad.yml", locales: ["fr"])
        } catch {
            #expect(error.diagnostics.map(\.formatted).map { $0.components(separatedBy: "\n")[0] } == [
                "bad.yml:2:3: error: unknown label 'contnts' for 'fr' [unknown-key]",
                "bad.yml:3:13: error: the 'phaseDay' label holds no placeholder; it must hold {n}, which Ethos fills in "
                    + "(English: 'Day {n}') [label-placeholders]",
                "bad.yml:4:1: error: 'hr' is not listed under 'locales' of the philosophy [unlisted-locale]",
            ])
        }
    }

    @Test("labels laid over others replace them entry by entry")
    func overriding() {
        let section = SuppliedLabels(["fr": ["contents": "Sommaire", "purpose": "Raison d'être"]])
        let file = SuppliedLabels(["fr": ["contents": "Table"], "de": ["contents": "Inhalt"]])
        #expect(section.overridden(by: file).texts == [
            "fr": ["contents": "Table", "purpose": "Raison d'être"], "de": ["contents": "Inhalt"],
        ])
    }

    @Test("a locale just added to locales draws one translation-missing warning, not one per text")
    func untranslatedLocaleSummary() throws {
        let example = try String(contentsOf: repositoryRoot.appendingPathComponent("Examples/kundenservice-de.yml"),
                                 encoding: .utf8).replacingOccurrences(of: "locales: [de, en]", with: "locales: [de, en, hr]")
        let result = PhilosophyLoader.load(yaml: example, file: "k.yml")
        #expect(result.diagnostics.map(\.rule) == [.translationMissing, .labelsFallback],
                "\(result.diagnostics.map(\.formatted))")
        let summary = try #require(result.diagnostics.first)
        #expect(summary.location?.line == 6)
        #expect(summary.message.hasPrefix("no text is translated into hr yet: "))
        #expect(summary.message.hasSuffix(" texts show the de text"))
    }
}
