@testable import EthosLoader
import EthosModel
import Testing

@Suite("Importing built-in labels into the labels section")
struct LabelsImportTests {
    static let english = ["contents": "Contents", "values": "Values", "checklistTitle": "Checklist"]
    static let base = "ethos: 1\ncompany: Acme\nlocales: [en, fr, de]\npurpose: We help.\nvision: Fast.\nvalues: [{name: Speed, action: Answer.}]\n"

    func entry(_ key: String, _ source: String, _ target: String, line: Int = 1) -> TranslationEntry {
        TranslationEntry(context: key, source: source, target: target, state: .translated,
                         location: EthosModel.SourceLocation(file: "fr-labels.po", line: line, column: 1))
    }

    func apply(_ entries: [TranslationEntry], to text: String, into target: LocaleID = "fr") throws -> TranslationImport {
        try TranslationImport.applyLabels(entries, into: target, english: Self.english, to: text, file: "p.yml").get()
    }

    @Test("a missing section is added at the end of the file, then keys and locales go into it at its indentation")
    func growsTheSection() throws {
        let first = try apply([entry("contents", "Contents", "Sommaire")], to: Self.base)
        #expect(first.text == Self.base + "labels:\n  fr:\n    contents: \"Sommaire\"\n")
        let second = try apply([entry("values", "Values", "Valeurs"), entry("contents", "Contents", "Table")], to: first.text)
        #expect(second.text == Self.base + "labels:\n  fr:\n    contents: \"Table\"\n    values: \"Valeurs\"\n")
        let german = try apply([entry("values", "Values", "Werte")], to: second.text, into: "de")
        #expect(german.text == second.text + "  de:\n    values: \"Werte\"\n")
        #expect(try apply([entry("values", "Values", "Werte")], to: german.text, into: "de").text == german.text)
    }

    @Test("unknown label keys and changed English labels are skipped with a located problem")
    func problems() throws {
        let outcome = try apply([entry("contnets", "Contents", "Sommaire", line: 7), entry("values", "Value", "Valeurs", line: 9),
                                 entry("contents", "Contents", "Sommaire", line: 11), entry("contents", "Contents", "Table", line: 13)],
                                to: Self.base)
        #expect(outcome.text == Self.base + "labels:\n  fr:\n    contents: \"Sommaire\"\n")
        #expect(outcome.problems.map(\.formatted) == [
            "fr-labels.po:7:1: error: 'contnets' is not a label key [translation-unknown]\n    fix: did you mean 'contents'?",
            "fr-labels.po:9:1: error: the English label 'values' is now 'Values' [translation-source-changed]\n"
                + "    fix: export the labels again and translate the new text",
            "fr-labels.po:13:1: error: a second entry for 'contents'; the first is used [translation-syntax]\n"
                + "    fix: keep one entry per label",
        ])
    }
}
