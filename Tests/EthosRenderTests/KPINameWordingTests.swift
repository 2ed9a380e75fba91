import Testing
import EthosModel
@testable import EthosRender

@Suite("A KPI's name inside sentences and titles")
struct KPINameWordingTests {
    let philosophy = Philosophy(
        company: "Dyreklinikken", locales: ["nb", "en", "de", "sl"], purpose: "p", vision: "v", values: [],
        kpis: [KPIDefinition(id: "callback-time",
                             name: ["nb": "Tid til tilbakeringing", "en": "Callback time", "de": "Rückrufzeit",
                                    "sl": "Čas do povratnega klica"],
                             unit: .duration, direction: .lower)],
        standards: [ServiceStandard(kpi: "callback-time", objective: .share(percent: 90, within: .hours(2)),
                                    channel: "Telefon")],
        channels: [Channel(name: "Telefon", kind: .phone)])

    func sentence(_ locale: LocaleID) -> String {
        ObjectiveSentence.make(for: philosophy.standards[0], in: philosophy, locale: locale)
    }

    @Test("A custom KPI's name in sentence case starts in lower case inside a sentence")
    func lowerCaseInsideSentence() {
        #expect(sentence("nb") == "For 90\u{00A0}% av anropene er tid til tilbakeringing høyst 2 timer.")
        #expect(sentence("en") == "For 90% of calls, callback time is at most 2 hours.")
        #expect(sentence("sl").contains("je čas do povratnega klica največ"))
    }

    @Test("German nouns keep their capital; title-case names and abbreviations stay as written")
    func capitalsKept() {
        #expect(sentence("de").contains("beträgt Rückrufzeit höchstens"))
        let phrases = ObjectivePhrases.norwegian
        #expect(phrases.insideSentence("First Response Time (FRT)") == "First Response Time (FRT)")
        #expect(phrases.insideSentence("NPS-mål") == "NPS-mål")
        #expect(phrases.insideSentence("Kundetilfredshet (CSAT)") == "kundetilfredshet (CSAT)")
    }

    @Test("A built-in KPI whose id is no abbreviation shows only its name")
    func noRawID() {
        let catalog = KPICatalog.builtIn
        let turnover = try! #require(catalog.kpi("employee-turnover"))
        #expect(!turnover.displayName(in: "en", defaultLocale: "en").contains("("))
        #expect(catalog.kpi("NPS")?.displayName(in: "en", defaultLocale: "en") == "Net Promoter Score (NPS)")
    }
}
