@testable import EthosLoader
import EthosModel
import EthosTestSupport
import Foundation
import Testing

/// A translated entry for `context`, as a translator returns it.
private func translated(_ context: String, _ source: String, _ target: String, line: Int = 1) -> TranslationEntry {
    TranslationEntry(context: context, source: source, target: target, state: .translated,
                     location: EthosModel.SourceLocation(file: "fr.po", line: line, column: 1))
}

/// `entries` imported into `yaml` for `fr`, failing the test on a refusal.
private func imported(_ yaml: String, _ entries: [TranslationEntry], into target: LocaleID = "fr",
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> TranslationImport {
    switch TranslationImport.apply(entries, into: target, from: nil, to: yaml, file: "philosophy.yml") {
    case .success(let outcome): return outcome
    case .failure(let refusal):
        Issue.record("refused: \(refusal.formatted)", sourceLocation: sourceLocation)
        throw refusal
    }
}

@Suite("Importing translations into a philosophy file")
struct TranslationImportTests {
    static let plain = """
        # Acme's philosophy.
        ethos: 1
        company: Acme
        locales: [en]   # the default first
        purpose: >-
          We keep customers
          close.
        vision: Fast help   # short on purpose
        values:
          - name: Speed
            action: "Answer at once."
            behaviors:
              - I answer
                within a minute.
              - 'I say ''no'' early.'
        """

    @Test("a plain string becomes a flow mapping, a block scalar a block mapping; comments and other lines stay byte-identical")
    func plainStrings() throws {
        let outcome = try imported(Self.plain, [
            translated("purpose", "We keep customers close.", "Nous restons proches."),
            translated("vision", "Fast help", "Aide \"rapide\""),
            translated("values[0].action", "Answer at once.", "Répondez\ntout de suite."),
            translated("values[0].behaviors[0]", "I answer within a minute.", "Je réponds"),
            translated("values[0].behaviors[1]", "I say 'no' early.", "Je dis non tôt."),
        ])
        #expect(outcome.text == """
            # Acme's philosophy.
            ethos: 1
            company: Acme
            locales: [en, fr]   # the default first
            purpose:
              en: >-
                We keep customers
                close.
              fr: "Nous restons proches."
            vision: {en: "Fast help", fr: "Aide \\"rapide\\""}   # short on purpose
            values:
              - name: Speed
                action: {en: "Answer at once.", fr: "Répondez\\ntout de suite."}
                behaviors:
                  - {en: "I answer within a minute.", fr: "Je réponds"}
                  - {en: "I say 'no' early.", fr: "Je dis non tôt."}
            """)
        #expect(outcome.addedLocale)
        #expect(outcome.problems.isEmpty)
    }

    static let mappings = """
        ethos: 1
        company: Acme
        locales:
          - en
          - fr
          - de
        purpose:
          en: We help.
          fr: We help.  # translate
        vision: {en: Fast help, de: Schnelle Hilfe}
        values:
          - name:
              en: Speed
              de: Tempo
            action: |
              Answer at once.
        """

    @Test("a block mapping gets its entry replaced (dropping the '# translate' mark) or added at its indentation; a flow mapping in flow style")
    func mappings() throws {
        let outcome = try imported(Self.mappings, [
            translated("purpose", "We help.", "Nous aidons."),
            translated("vision", "Fast help", "Aide rapide"),
            translated("values[0].name", "Speed", "Vitesse"),
            translated("values[0].action", "Answer at once.", "Répondez."),
        ])
        #expect(outcome.text == """
            ethos: 1
            company: Acme
            locales:
              - en
              - fr
              - de
            purpose:
              en: We help.
              fr: "Nous aidons."
            vision: {en: Fast help, de: Schnelle Hilfe, fr: "Aide rapide"}
            values:
              - name:
                  en: Speed
                  de: Tempo
                  fr: "Vitesse"
                action: {en: "Answer at once.", de: "Answer at once.", fr: "Répondez."}
            """)
        #expect(!outcome.addedLocale)
        #expect(outcome.changed.map(\.text) == ["purpose", "vision", "values[0].name", "values[0].action"])
    }

    @Test("confirming a marked copy unchanged drops only the mark")
    func confirmedCopy() throws {
        let outcome = try imported(Self.mappings, [translated("purpose", "We help.", "We help.")])
        #expect(outcome.text == Self.mappings.replacingOccurrences(of: "We help.  # translate", with: "\"We help.\""))
    }

    @Test("nothing to change leaves the text byte-identical: the same translations, untrusted and missing entries")
    func unchanged() throws {
        var fuzzy = translated("vision", "Fast help", "Aide rapide")
        fuzzy.state = .untrusted
        var empty = translated("values[0].name", "Speed", "")
        empty.state = .missing
        let outcome = try imported(Self.mappings, [translated("values[0].name", "Speed", "Tempo"), fuzzy, empty], into: "de")
        #expect(outcome.text == Self.mappings)
        #expect(!outcome.hasChanges)
        #expect(outcome.problems.isEmpty)
    }

    @Test("unknown paths and changed source texts are skipped, each located at its entry, with a did-you-mean")
    func problems() throws {
        let outcome = try imported(Self.mappings, [
            translated("values[0].nmae", "Speed", "Vitesse", line: 12),
            translated("vision", "Quick help", "Aide rapide", line: 20),
            translated("values[0].name", "Speed", "Vitesse", line: 30),
            translated("values[0].name", "Speed", "Rapidité", line: 40),
        ])
        #expect(outcome.problems.map(\.formatted) == [
            "fr.po:12:1: error: philosophy.yml has no text at 'values[0].nmae' [translation-unknown]\n"
                + "    fix: did you mean 'values[0].name'? Export again to get the current paths",
            "fr.po:20:1: error: the en text of 'vision' changed since the export; it now reads 'Fast help' [translation-source-changed]\n"
                + "    fix: export again and translate the new text",
            "fr.po:40:1: error: a second entry for 'values[0].name'; the first is used [translation-syntax]\n"
                + "    fix: keep one entry per text",
        ])
        #expect(outcome.changed.map(\.text) == ["values[0].name"])
    }

    @Test("the default locale cannot be imported into, and a file with errors is refused")
    func refusals() {
        guard case .failure(let refusal) = TranslationImport.apply([], into: "en", from: nil, to: Self.mappings, file: "p.yml") else {
            Issue.record("imported into the default locale")
            return
        }
        #expect(refusal.message.contains("default locale"))
        guard case .failure(let broken) = TranslationImport.apply([], into: "fr", from: nil, to: "ethos: 1\n", file: "p.yml") else {
            Issue.record("imported into a file with errors")
            return
        }
        #expect(broken.message.hasPrefix("p.yml has errors"))
    }

    @Test("a file without 'locales' gets it after 'company'")
    func addsLocales() throws {
        let yaml = "ethos: 1\ncompany: Acme   # us\npurpose: We help.\nvision: Fast.\nvalues: [{name: Speed, action: Answer.}]\n"
        let outcome = try imported(yaml, [translated("values[0].name", "Speed", "Vitesse")])
        #expect(outcome.text == "ethos: 1\ncompany: Acme   # us\nlocales: [en, fr]\npurpose: We help.\nvision: Fast.\n"
                    + "values: [{name: {en: \"Speed\", fr: \"Vitesse\"}, action: Answer.}]\n")
    }

    @Test("a text written through an alias is not edited: a located problem, and the file stays as it was")
    func alias() throws {
        let yaml = "ethos: 1\ncompany: Acme\nlocales: [en, fr]\npurpose: &p We help.\nvision: *p\nvalues: [{name: Speed, action: Go.}]\n"
        let outcome = try imported(yaml, [translated("vision", "We help.", "Nous aidons.", line: 4)])
        #expect(outcome.text == yaml)
        #expect(outcome.problems.map(\.rule) == [.translationUnknown])
        #expect(outcome.problems.first?.location?.line == 4)
    }

    @Test("a file with CRLF line ends gets CRLF in the lines import adds")
    func crlf() throws {
        let yaml = Self.mappings.replacingOccurrences(of: "\n", with: "\r\n")
        let outcome = try imported(yaml, [translated("values[0].name", "Speed", "Vitesse")])
        #expect(outcome.text == yaml.replacingOccurrences(of: "      de: Tempo\r\n", with: "      de: Tempo\r\n      fr: \"Vitesse\"\r\n"))
    }

    @Test("a byte order mark is kept when a file is imported into")
    func byteOrderMark() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("p.yml").path
        try Data([0xEF, 0xBB, 0xBF] + Array(Self.plain.utf8)).write(to: URL(fileURLWithPath: path))
        let file = TranslationFile(format: .po, kind: .texts, sourceLocale: "en", targetLocale: "fr",
                                   entries: [translated("vision", "Fast help", "Aide rapide")])
        let outcome = try TranslationImport.apply(file, toPhilosophyAt: path, labels: [:]).get()
        #expect(Array(outcome.text.utf8).starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(outcome.text.contains("vision: {en: \"Fast help\", fr: \"Aide rapide\"}   # short on purpose"))
    }
}
