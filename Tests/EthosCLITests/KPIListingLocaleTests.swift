@testable import EthosCLI
import EthosModel
import Testing

@Suite("The KPI catalogue in the reader's language")
struct KPIListingLocaleTests {
    @Test("ethos kpis --locale nb says unit, direction, range and formula in Norwegian")
    func norwegian() {
        let text = KPIListing(catalog: .builtIn, locale: "nb").text()
        #expect(text.contains("NPS — Net Promoter Score\n  enhet: poengsum, bedre: høyere, område: −100 – 100"))
        #expect(text.contains("  formel: "))
        for english in ["unit:", "better:", "range:", "formula:", "higher", "percent"] {
            #expect(!text.contains(english), "'\(english)' in the Norwegian listing")
        }
        #expect(KPIListing(catalog: .builtIn, locale: "de").markdown().hasPrefix(
            "| ID | Name | Einheit | Besser | Bereich | Definition | Formel |"))
    }

    @Test("English stays as it was")
    func english() {
        let text = KPIListing(catalog: .builtIn, locale: "en").text()
        #expect(text.contains("  unit: score, better: higher, range: -100 – 100"))
        #expect(KPIListing(catalog: .builtIn, locale: "en").markdown().hasPrefix(
            "| ID | Name | Unit | Better | Range | Definition | Formula |"))
    }
}
