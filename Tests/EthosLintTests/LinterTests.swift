import EthosLint
import EthosLoader
import EthosModel
import EthosTestSupport
import Foundation
import NextivaPhilosophy
import Testing

@Suite("The linter")
struct LinterTests {
    @Test("every example lints clean: no error, warning or info", arguments: exampleFiles())
    func exampleLintsClean(_ name: String) {
        let result = PhilosophyLoader.load(path: repositoryRoot.appendingPathComponent("Examples/\(name)").path)
        #expect(Linter.lint(result).map(\.formatted) == [])
    }

    @Test("every lint-ignore and lint: disable in the examples says why in a comment", arguments: exampleFiles())
    func silencingIsExplained(_ name: String) throws {
        let lines = try String(contentsOf: repositoryRoot.appendingPathComponent("Examples/\(name)"), encoding: .utf8)
            .components(separatedBy: "\n")
        for (index, line) in lines.enumerated() where line.contains("lint-ignore:") || line.contains("disable:") {
            let commented = line.contains("#") || (index > 0 && lines[index - 1].trimmingCharacters(in: .whitespaces).hasPrefix("#"))
            #expect(commented, "\(name):\(index + 1) silences a rule without a comment saying why")
        }
    }

    @Test("a file with errors gets the loader's findings only")
    func errorsStopTheAdvice() {
        let result = PhilosophyLoader.load(yaml: """
            ethos: 1
            company: Acme
            purpose: We help.
            vision: Fast.
            values: [{ name: Speed, acton: Answer at once. }]
            """)
        #expect(Linter.lint(result).map(\.rule) == [.missingKey, .unknownKey])
    }

    @Test("a model built in Swift is linted by path, with the checker's findings first")
    func swiftModel() {
        let philosophy = Philosophy(company: "Acme", locales: ["en", "de"]) {
            CompanyPurpose("We help.")
            SupportVision(["en": "Fast help."])
            ServiceValues {
                ServiceValue(name: "Speed", action: "Answer at once.", kpis: ["FRT"], hiring: ["Why speed?"])
            }
            Onboarding(refresher: .quarter) {}
        }
        let findings = Linter.lint(philosophy)
        #expect(findings.map(\.rule.rawValue) == ["translation-missing", "values-too-few"])
        #expect(findings.map(\.path.description) == ["vision", "values"])
        #expect(findings.allSatisfy { $0.location == nil })
    }

    @Test("a model without values is told so in plain words")
    func noValues() {
        let philosophy = Philosophy(company: "Acme", purpose: "We help.", vision: "Fast help.", values: [],
                                    onboarding: Onboarding(refresher: .quarter))
        #expect(Linter.lint(philosophy).map(\.message) == ["only 0 values; a few values guide more decisions than one"])
    }

    @Test("lint-ignore silences a rule inside its item only; lint: disable everywhere")
    func suppression() {
        let philosophy = Philosophy(company: "Acme") {
            CompanyPurpose("We help.")
            SupportVision("Fast help.")
            ServiceValues {
                ServiceValue(name: "Speed", action: "Answer at once.", hiring: ["Why speed?"], lintIgnore: ["value-without-kpi"])
                ServiceValue(name: "Care", action: "Listen first.", hiring: ["Why care?"])
            }
            Onboarding(refresher: .quarter) {}
        }
        #expect(Linter.lint(philosophy).map(\.path.description) == ["values[1]"])
        var disabled = philosophy
        disabled.lint = LintSettings(disable: ["value-without-kpi"])
        #expect(Linter.lint(disabled).isEmpty)
    }

    @Test("format checks cannot be silenced")
    func formatChecksStay() {
        let philosophy = Philosophy(company: "Acme") {
            LintSettings(disable: ["unknown-kpi"])
            CompanyPurpose("We help.")
            SupportVision("Fast help.")
            ServiceValues {
                ServiceValue(name: "Speed", action: "Answer at once.", kpis: ["FRTT"], hiring: ["Why?"])
                ServiceValue(name: "Care", action: "Listen first.", kpis: ["CSAT"], hiring: ["Why?"])
            }
            Onboarding(refresher: .quarter) {}
        }
        #expect(Linter.lint(philosophy).map(\.rule.rawValue) == ["unknown-kpi", "unknown-rule"])
    }

    @Test("the Nextiva DSL lints clean like nextiva.yml, its six teams silencing kpi-orphan")
    func nextivaDSL() {
        #expect(Linter.lint(Nextiva.philosophy).map(\.formatted) == [])
        #expect(Nextiva.philosophy.teams.filter { $0.lintIgnore == ["kpi-orphan"] }.count == 6)
    }
}
