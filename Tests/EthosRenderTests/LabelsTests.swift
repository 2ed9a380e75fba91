import EthosModel
import Testing
@testable import EthosRender

@Suite("Labels")
struct LabelsTests {
    @Test("German, Slovenian and Norwegian have every label English has", arguments: ["de", "sl", "nb"])
    func complete(_ tag: String) {
        let labels = Labels.for(LocaleID(tag))
        #expect(labels.locale == LocaleID(tag))
        #expect(Set(labels.text.keys) == Set(Labels.for("en").text.keys))
        #expect(labels.text.values.allSatisfy { !$0.isEmpty })
    }

    @Test("other locales get English; regional tags get their language")
    func fallback() {
        #expect(Labels.for("fr").locale == "en")
        #expect(Labels.for("de-AT").locale == "de")
        #expect(Labels.for("no")[.purpose] == "Vårt formål")
    }

    @Test("every shipped language's labels hold the English label's placeholders, which supplied words must hold too",
          arguments: ["de", "sl", "nb"])
    func placeholdersAgree(_ tag: String) {
        let labels = Labels.for(LocaleID(tag))
        for key in LabelKey.allCases {
            #expect(LabelKey.placeholders(in: labels[key]) == key.placeholders, "\(tag) \(key)")
        }
    }

    @Test("the languages the loader calls built in are those with labels of their own", arguments: [
        "en", "de", "sl", "nb", "no", "fr", "hr", "de-AT", "sr-Latn",
    ])
    func builtInLanguages(_ tag: String) {
        let locale = LocaleID(tag)
        let hasOwn = Labels.for(locale).locale.language == locale.language || locale.language == "no"
        #expect((ShippedLanguage(locale) != nil) == hasOwn)
        #expect((SuppliedLabels().fallbackCount(for: locale) == 0) == hasOwn)
    }

    @Test("supplied words replace built-in ones; on a page in another language the rest are marked as English")
    func supplied() {
        let supplied = SuppliedLabels(["fr": ["contents": "Sommaire"], "de": ["contents": "Übersicht"]])
        let french = Labels.for("fr-CA", supplied: supplied)
        #expect(french[.contents] == "Sommaire" && french.text["contents"] == "Sommaire")
        #expect(french[.vision] == "Support vision")
        #expect(french.text["vision"] == LanguageMarks.mark("Support vision", as: "en"))
        #expect(french.plainText["vision"] == "Support vision")
        #expect(french.marked(.navTeams) == LanguageMarks.mark("Teams", as: "en"))
        let german = Labels.for("de", supplied: supplied)
        #expect(german[.contents] == "Übersicht" && german.text["vision"] == "Unsere Service-Vision")
        #expect(!LanguageMarks.contains(german.text.values.joined()))
        #expect(Labels.for("de", supplied: SuppliedLabels()).identity == Labels.for("de").identity)
        #expect(Set([french.identity, german.identity, Labels.for("fr", supplied: SuppliedLabels()).identity,
                     Labels.for("de").identity]).count == 4)
    }

    @Test("placeholders, phases, windows and owners")
    func phrases() {
        let german = Labels.for("de")
        #expect(german.phase(.week(2)) == "Woche 2")
        #expect(german[.checklistTitle, ["team": "Nord"]] == "Checkliste für die Einarbeitung: Nord")
        #expect(german.window(.quarter, format: LocalizedFormat("de")) == "Quartal")
        #expect(german.refresher(.duration(.weeks(12)), format: LocalizedFormat("de")).value == "12 Wochen")
        #expect(german.owner("Manager") == "Führungskraft")
        #expect(german.owner("Team lead") == "Team lead")
    }
}
