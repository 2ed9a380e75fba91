import EthosModel
import Foundation
import Testing
@testable import EthosRender

/// Ethos's own words use each language's quotation marks, as CLDR gives them, and the
/// typographic apostrophe.
@Suite("Quotation marks and apostrophes")
struct TypographyTests {
    /// Every character that is a quotation mark in some language.
    static let quotationMarks: Set<Character> = ["\"", "'", "“", "”", "„", "‟", "‘", "’", "‚", "‛", "«", "»", "‹", "›"]

    /// Every text Ethos itself writes in `locale`: labels, and the built-in KPIs' names,
    /// definitions and formulas.
    static func ownTexts(in locale: LocaleID) -> [String] {
        let kpiTexts = KPICatalog.builtIn.kpis.flatMap { kpi in
            [kpi.name, kpi.definition, kpi.formula].compactMap { $0?.resolved(for: locale, defaultLocale: locale) }
        }
        return Array(Labels.for(locale).text.values) + kpiTexts
    }

    @Test("Quotation marks are the locale's CLDR delimiters; apostrophes are typographic",
          arguments: ["en", "de", "sl", "nb"] as [LocaleID])
    func quotationMarks(locale: LocaleID) {
        let cldr = Locale(identifier: locale.tag)
        let allowed = Set([cldr.quotationBeginDelimiter, cldr.quotationEndDelimiter,
                           cldr.alternateQuotationBeginDelimiter, cldr.alternateQuotationEndDelimiter]
            .compactMap { $0?.first } + ["’"])
        for text in Self.ownTexts(in: locale) {
            for mark in text where Self.quotationMarks.contains(mark) {
                #expect(allowed.contains(mark), "\(locale): '\(mark)' in \"\(text)\"; CLDR allows \(allowed.sorted())")
            }
        }
    }

    @Test("Norwegian quotes with «…» and Slovenian with „…“")
    func examples() {
        #expect(Labels.for("nb")[.valueInOwnWords, ["value": "Omsorg"]] == "Beskriv verdien «Omsorg» med egne ord")
        #expect(Labels.for("sl")[.valueInOwnWords, ["value": "Poštenost"]] == "Vrednoto „Poštenost“ opiši s svojimi besedami")
    }
}
