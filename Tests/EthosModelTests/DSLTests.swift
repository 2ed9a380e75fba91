import Foundation
import Testing
@testable import EthosModel

@Suite("The Swift DSL")
struct DSLTests {
    @Test("sections fill the model in order, with if, for and optionals")
    func controlFlow() {
        let includeSpeed = true
        let extraTeams = ["Sales", "HR"]
        let optionalValue: ServiceValue? = nil
        let philosophy = Philosophy(company: "Acme", locales: ["en", "de"]) {
            CompanyPurpose(["en": "We help.", "de": "Wir helfen."])
            SupportVision("Fast help.")
            ServiceValues {
                ServiceValue(name: "Integrity", action: "Say what you mean.", kpis: ["NPS"])
                if includeSpeed {
                    ServiceValue(name: "Speed", action: "Answer at once.", kpis: ["FRT"])
                } else {
                    ServiceValue(name: "Calm", action: "Take your time.")
                }
                optionalValue
            }
            SupportTeams {
                for name in extraTeams {
                    Team(name: LocalizedText(name), activities: "Sell.", kpis: ["SQL"])
                }
            }
            if extraTeams.isEmpty {
                ConflictGuidance("Never reached.")
            }
            Onboarding(refresher: .quarter) {
                OnboardingTask(phase: .day(1), task: "Read it.", owner: "manager")
            }
            WorkCalendar(workdays: [.sun, .mon, .tue, .wed, .thu],
                         holidays: [Holiday(date: CalendarDate(year: 2027, month: 1, day: 1)!, name: "New Year")])
        }
        #expect(philosophy.values.map(\.name) == ["Integrity", "Speed"])
        #expect(philosophy.teams.map(\.name) == ["Sales", "HR"])
        #expect(philosophy.conflicts == nil)
        #expect(philosophy.onboarding?.tasks.count == 1)
        #expect(philosophy.calendar?.effectiveWorkdays.first == .sun)
        #expect(philosophy.purpose.resolved(for: "de", defaultLocale: "en") == "Wir helfen.")
    }

    @Test("the checker finds problems in a model built in Swift, by path")
    func checking() {
        let philosophy = Philosophy(company: "Acme") {
            CompanyPurpose("We help.")
            SupportVision("Fast help.")
            ServiceValues {
                ServiceValue(name: "Integrity", action: "Say what you mean.", kpis: ["NSP"])
            }
            ServiceStandards {
                ServiceStandard(kpi: "CSAT", objective: .atLeast(85), owner: "Support")
            }
        }
        let findings = PhilosophyChecker.check(philosophy)
        #expect(findings.map(\.rule) == [.unknownKPI, .objectiveUnit, .unknownTeam])
        #expect(findings.map(\.path.description) == ["values[0].kpis[0]", "standards[0].objective.at-least", "standards[0].owner"])
        #expect(findings[0].fix == "did you mean 'NPS'?")
        #expect(findings[0].formatted.hasPrefix("<philosophy> values[0].kpis[0]: error: unknown KPI 'NSP' [unknown-kpi]"))
    }

    @Test("revisions and supplied labels are sections of the DSL too; labels lay over earlier ones")
    func revisionsAndLabels() throws {
        let date = try #require(CalendarDate(year: 2026, month: 5, day: 1))
        let philosophy = Philosophy(company: "Acme", locales: ["fr"]) {
            CompanyPurpose("Aider.")
            SupportVision("Vite.")
            ServiceValues { ServiceValue(name: "Qualité", action: "Résoudre du premier coup.") }
            RevisionHistory {
                Revision(version: "1.0", date: date, summary: "Première édition.", approvedBy: ["Ana Novak"])
            }
            SuppliedLabels(["fr": ["contents": "Sommaire", "vision": "Vision"]])
            SuppliedLabels(["fr": ["vision": "Notre vision"]])
        }
        #expect(philosophy.currentRevision?.approvedBy == ["Ana Novak"])
        #expect(philosophy.labels.labels(for: "fr") == ["contents": "Sommaire", "vision": "Notre vision"])
        #expect(philosophy.textFields.map(\.path.description).contains("revisions[0].summary"))
        let data = try JSONEncoder().encode(philosophy)
        #expect(try JSONDecoder().decode(Philosophy.self, from: data) == philosophy)
        #expect(String(decoding: data, as: UTF8.self).contains(#""approved-by":["Ana Novak"]"#))
    }

    @Test("the site's theme is written in the content as a SiteTheme, its footer texts are text fields, and it round-trips through JSON")
    func site() throws {
        let brand = try #require(HexColor(parsing: "#0b3d91"))
        let theme = SiteTheme(colors: ThemeColors(light: ThemePalette([.brand: brand, .brandText: .white])),
                              font: try FontStack.parse("Inter, sans-serif").get(),
                              footerLinks: [FooterLink(text: "Privacy", url: try SiteURL.parse("privacy.html").get())])
        let philosophy = Philosophy(company: "Acme") {
            CompanyPurpose("We help.")
            SupportVision("Fast help.")
            ServiceValues { ServiceValue(name: "Integrity", action: "Say what you mean.") }
            theme
        }
        #expect(philosophy.site?.colors.light[.brand] == brand)
        #expect(ThemeContrast.problems(in: try #require(philosophy.site).colors).isEmpty)
        #expect(philosophy.textFields.map(\.path.description).contains("site.footer-links[0].text"))
        let data = try JSONEncoder().encode(philosophy)
        #expect(try JSONDecoder().decode(Philosophy.self, from: data) == philosophy)
        #expect(String(decoding: data, as: UTF8.self).contains(##""brand-text":"#ffffff""##))
    }

    @Test("a philosophy round-trips through JSON")
    func json() throws {
        let philosophy = Philosophy(company: "Acme", updated: CalendarDate(year: 2026, month: 11, day: 1)) {
            CompanyPurpose("We help.")
            SupportVision(["en": "Fast help."])
            ServiceValues { ServiceValue(name: "Integrity", action: "Say what you mean.", kpis: ["NPS"]) }
            ServiceStandards {
                ServiceStandard(kpi: "FRT", objective: .share(percent: 90, within: .minutes(2)), window: .duration(.days(28)))
                ServiceStandard(kpi: "NPS", objective: .atLeast(50), window: .quarter)
            }
        }
        let data = try JSONEncoder().encode(philosophy)
        #expect(try JSONDecoder().decode(Philosophy.self, from: data) == philosophy)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"ethos\":1"))
        #expect(text.contains("\"within\":\"2m\""))
    }
}
