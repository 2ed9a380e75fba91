import Foundation
import Testing
@testable import EthosModel

@Suite("Localized text")
struct LocalizedTextTests {
    let text = LocalizedText(["de": "Wir schaffen Glück.", "en": "We create happiness."])

    @Test("a translation is used when present")
    func ownTranslation() {
        #expect(text.resolved(for: "en", defaultLocale: "de") == "We create happiness.")
    }

    @Test("a missing translation falls back to the default locale, then the language, then English")
    func fallbacks() {
        #expect(text.resolved(for: "sl", defaultLocale: "de") == "Wir schaffen Glück.")
        #expect(text.resolved(for: "de-AT", defaultLocale: "fr") == "Wir schaffen Glück.")
        #expect(text.resolved(for: "fr", defaultLocale: "fr") == "We create happiness.")
        #expect(LocalizedText(["sl": "Ena", "nb": "En"]).resolved(for: "fr", defaultLocale: "fr") == "En")
    }

    @Test("a plain string serves every locale and misses none")
    func universal() {
        let plain: LocalizedText = "24/7"
        #expect(plain.resolved(for: "sl", defaultLocale: "en") == "24/7")
        #expect(plain.missingLocales(in: ["en", "de"]).isEmpty)
        #expect(text.missingLocales(in: ["de", "en", "nb"]) == ["nb"])
    }
}

@Suite("KPI catalogue")
struct KPICatalogueTests {
    @Test("the 14 built-ins of the format, in order")
    func builtIns() {
        #expect(KPI.builtIns.map(\.id) == ["NPS", "CSAT", "CES", "FCR", "FRT", "AHT", "CRR", "QA", "AOV", "churn",
                                           "SQL", "MQL", "employee-turnover", "eNPS"])
        let nps = KPICatalog.builtIn.kpi("nps")
        #expect(nps?.unit == .score)
        #expect(nps?.range == KPIRange(lower: -100, upper: 100))
        #expect(KPICatalog.builtIn.kpi("FRT")?.direction == .lower)
        #expect(KPICatalog.builtIn.kpi("CES")?.range == KPIRange(lower: 1, upper: 7))
        #expect(KPICatalog.builtIn.kpi("csat")?.range == .share)
    }

    @Test("every built-in has a name, definition and formula in en, de, sl and nb", arguments: KPI.builtIns)
    func translated(kpi: KPI) {
        for locale: LocaleID in ["en", "de", "sl", "nb"] {
            #expect(kpi.name.translations[locale]?.isEmpty == false, "\(kpi.id) name \(locale)")
            #expect(kpi.definition?.translations[locale]?.isEmpty == false, "\(kpi.id) definition \(locale)")
            #expect(kpi.formula?.translations[locale]?.isEmpty == false, "\(kpi.id) formula \(locale)")
        }
    }

    @Test("a file overrides a built-in field by field and adds custom KPIs")
    func merging() {
        let catalog = KPICatalog.builtIn.merging([
            KPIDefinition(id: "nps", range: KPIRange(lower: 0, upper: 100)),
            KPIDefinition(id: "delivery-time", name: "Delivery time", unit: .duration, direction: .lower),
            KPIDefinition(id: "half-done", name: "Half"),
        ])
        #expect(catalog.kpis.count == 15)
        #expect(catalog.kpi("NPS")?.range == KPIRange(lower: 0, upper: 100))
        #expect(catalog.kpi("NPS")?.name == KPICatalog.builtIn.kpi("NPS")?.name)
        #expect(catalog.kpi("Delivery-Time")?.range == .nonNegative)
        #expect(catalog.kpi("half-done") == nil)
        #expect(catalog.suggestion(for: "delivery-tme") == "delivery-time")
    }
}
