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
