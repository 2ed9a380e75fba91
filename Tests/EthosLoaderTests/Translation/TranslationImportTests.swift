@testable import EthosLoader
import EthosModel
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

    @Test("a plain string becomes a flow mapping; comments and other lines stay byte-identical")
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
            purpose: {en: "We keep customers close.", fr: "Nous restons proches."}
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
}
