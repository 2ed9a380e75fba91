import EthosLoader
import EthosModel
import EthosTestSupport
import Testing

@Suite("Texts marked '# translate' and the coverage of each locale")
struct TranslationCoverageTests {
    /// Tests/translate/exchange.yml: translated, missing, copied and marked texts in en, de and hr.
    func load() throws -> LoadResult {
        let result = PhilosophyLoader.load(path: repositoryRoot.appendingPathComponent("Tests/translate/exchange.yml").path,
                                           displayName: "exchange.yml")
        #expect(!result.hasErrors)
        return result
    }

    @Test("each '# translate' comment marks the translation it ends, and draws an untranslated-copy warning there")
    func marks() throws {
        let result = try load()
        #expect(result.translationMarks.marks.map { "\($0.path).\($0.locale?.tag ?? "*") \($0.location)" } == [
            "purpose.hr exchange.yml:9:7", "values[1].action.hr exchange.yml:27:11",
        ])
        let warnings = result.diagnostics.filter { $0.rule == .untranslatedCopy }
        #expect(warnings.map(\.formatted) == [
            "exchange.yml:9:7: warning: the hr text is marked '# translate': a copy that is published untranslated [untranslated-copy]\n"
                + "    fix: translate it and delete the '# translate' comment, or hand the file to a translator with 'ethos translate export'",
            "exchange.yml:27:11: warning: the hr text is marked '# translate': a copy that is published untranslated [untranslated-copy]\n"
                + "    fix: translate it and delete the '# translate' comment, or hand the file to a translator with 'ethos translate export'",
        ])
    }

    @Test("a '#' inside a quoted string, or a comment other than 'translate', is no mark")
    func nearMisses() {
        let result = PhilosophyLoader.load(yaml: """
            ethos: 1
            company: Acme
            locales: [en, de]
            purpose: {en: We help., de: "Wir helfen. # translate"}
            vision:
              en: Fast.   # translated by Ana
              de: Schnell.   #translate later
            values: [{name: Speed, action: Answer.}]
            """)
        #expect(result.translationMarks.marks.map(\.path.text) == ["vision"])
        #expect(result.translationMarks.marks.first?.locale == "de")
    }

    @Test("a marked plain string is a copy in every locale")
    func markedPlainString() throws {
        let result = PhilosophyLoader.load(yaml: """
            ethos: 1
            company: Acme
            locales: [hr]
            purpose: "We help."  # translate
            vision: Brzo.
            values: [{name: Brzina, action: Odgovori.}]
            """)
        let philosophy = try #require(result.philosophy)
        // hr has no built-in labels either: that is the one other warning.
        #expect(result.diagnostics.map(\.rule) == [.labelsFallback, .untranslatedCopy])
        let coverage = TranslationCoverage.of(philosophy, marks: result.translationMarks)
        #expect(coverage.map(\.locale) == ["hr"])
        #expect(coverage[0].counts[.copied] == 1)
        #expect(coverage[0].counts[.shared] == 3)
    }

    @Test("status counts translated, shared, copied (marked or the same as the source) and missing texts per locale")
    func coverage() throws {
        let result = try load()
        let philosophy = try #require(result.philosophy)
        let coverage = TranslationCoverage.of(philosophy, marks: result.translationMarks)
        #expect(coverage.map(\.locale) == ["en", "de", "hr"])
        #expect(coverage.map { locale in TranslationState.allCases.map { locale.counts[$0] ?? 0 } } == [
            [6, 2, 0, 0], [5, 2, 0, 1], [1, 2, 3, 2],
        ])
        #expect(coverage.map(\.percent) == [100, 87, 37])
        #expect(coverage[2].untranslated.map { "\($0.state) \($0.path)" } == [
            "copied purpose", "missing vision", "copied values[0].action", "missing values[0].behaviors[0]",
            "copied values[1].action",
        ])
        #expect(coverage[0].isComplete && !coverage[1].isComplete)
    }

    @Test("export flags copies and shared texts as untrusted with a note, leaves missing ones empty, and notes the line")
    func export() throws {
        let result = try load()
        let philosophy = try #require(result.philosophy)
        let catalog = TranslationCatalog.texts(of: philosophy, into: "hr", marks: result.translationMarks,
                                               locations: result.locations, original: "exchange.yml")
        #expect(catalog.sourceLocale == "en")
        #expect(catalog.entries.map(\.context) == philosophy.textFields.map(\.path.text))
        #expect(catalog.entries.map(\.state) == [.untrusted, .missing, .translated, .untrusted, .untrusted, .missing,
                                                 .untrusted, .untrusted])
        #expect(catalog.entries[0].notes == ["exchange.yml:9", "Marked '# translate': a copy to be translated."])
        #expect(catalog.entries[1].target == "")
        #expect(catalog.entries[3].notes.last == "The same as the en text: check whether it needs translating.")
        #expect(catalog.entries[1].source == "Help\tthat works,\nfirst time.")
    }
}
