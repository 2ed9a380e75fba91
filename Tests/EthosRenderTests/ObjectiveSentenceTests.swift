import Testing
import EthosModel
@testable import EthosRender

@Suite("Objective sentences")
struct ObjectiveSentenceTests {
    func philosophy(_ standards: [ServiceStandard]) -> Philosophy {
        Philosophy(company: "Acme", locales: ["en", "de", "sl", "nb"], purpose: "p", vision: "v", values: [],
                   kpis: [KPIDefinition(id: "delivery-time", name: ["en": "delivery time", "de": "die Lieferzeit",
                                                                     "sl": "čas dostave", "nb": "leveringstiden"],
                                        unit: .duration, direction: .lower)],
                   standards: standards,
                   channels: [Channel(name: "Phone", kind: .phone), Channel(name: "Chat", kind: .chat)])
    }

    func sentence(_ objective: Objective, kpi: String = "FRT", channel: String? = "Phone", _ locale: LocaleID) -> String {
        let standard = ServiceStandard(kpi: kpi, objective: objective, channel: channel)
        return ObjectiveSentence.make(for: standard, in: philosophy([standard]), locale: locale)
    }

    @Test("English: a share of calls answered within a time")
    func english() {
        #expect(sentence(.share(percent: 90, within: .minutes(2)), "en") == "90% of calls are answered within 2 minutes.")
        #expect(sentence(.share(percent: 95, within: .seconds(30)), channel: "Chat", "en")
                == "95% of chats are answered within 30 seconds.")
        #expect(sentence(.atLeast(50), kpi: "NPS", channel: nil, "en") == "Net Promoter Score (NPS) is at least 50.")
        #expect(sentence(.atMost(.duration(.minutes(6))), kpi: "AHT", "en") == "Average Handle Time (AHT) is at most 6 minutes.")
        #expect(sentence(.share(percent: 95, within: .days(3)), kpi: "delivery-time", channel: nil, "en")
                == "For 95% of customer contacts, delivery time is at most 3 days.")
    }

    @Test("German: the accusative after 'höchstens' keeps Foundation's plural")
    func german() {
        #expect(sentence(.share(percent: 90, within: .minutes(2)), "de")
                == "Bei 90\u{00A0}% der Anrufe dauert es bis zur ersten Antwort höchstens 2 Minuten.")
        #expect(sentence(.atLeast(.percent(of: 85)), kpi: "CSAT", channel: nil, "de") == "Kundenzufriedenheit (CSAT) beträgt mindestens 85\u{00A0}%.")
    }

    @Test("Slovenian: singular, dual, plural and the genitive plural from five")
    func slovenian() {
        #expect(sentence(.share(percent: 90, within: .minutes(1)), "sl").hasSuffix("največ 1 minuta."))
        #expect(sentence(.share(percent: 90, within: .minutes(2)), "sl")
                == "Pri 90\u{00A0}% klicev je čas do prvega odgovora največ 2 minuti.")
        #expect(sentence(.share(percent: 90, within: .minutes(3)), "sl").hasSuffix("največ 3 minute."))
        #expect(sentence(.share(percent: 90, within: .minutes(5)), "sl").hasSuffix("največ 5 minut."))
    }

    @Test("Norwegian: plural durations")
    func norwegian() {
        #expect(sentence(.share(percent: 90, within: .minutes(2)), "nb") == "90\u{00A0}% av anropene besvares innen 2 minutter.")
        #expect(sentence(.share(percent: 90, within: .minutes(1)), "nb").hasSuffix("innen 1 minutt."))
        #expect(sentence(.atMost(.percent(of: 5)), kpi: "churn", channel: nil, "nb") == "Kundefrafall er høyst 5\u{00A0}%.")  // no raw id after the name (issue 18)
    }

    @Test("a locale without its own wording gets the English sentence")
    func fallback() {
        #expect(sentence(.share(percent: 90, within: .minutes(2)), "fr") == "90% of calls are answered within 2 minutes.")
    }

    @Test("formats follow the locale: decimals and fractional durations")
    func formats() {
        #expect(LocalizedFormat("de").number(5.5) == "5,5")
        #expect(LocalizedFormat("en").duration(.hours(1.5)) == "1.5 hours")
        #expect(LocalizedFormat("sl").duration(.weeks(2)) == "2 tedna")
        #expect(LocalizedFormat("nb").duration(.days(3)) == "3 døgn")
    }

    @Test("a duration too long to count in milliseconds, possible in a model built in Swift, is given as written")
    func durationTooLongForWords() {
        #expect(LocalizedFormat("en").duration(.minutes(6.5e34)) == "6.5e+34m")
        #expect(sentence(.atMost(.duration(.minutes(6.5e34))), kpi: "AHT", "en") == "Average Handle Time (AHT) is at most 6.5e+34m.")
    }

    @Test("a file's durations are at most 100 years, and its numbers finite")
    func bounds() {
        #expect(ServiceDuration(parsing: "5214w") != nil)
        #expect(ServiceDuration(parsing: "5215w") == nil)
        #expect(ServiceDuration(parsing: "65555555555555555555555555555555555m") == nil)
        #expect(PlainNumber.parse(String(repeating: "9", count: 400)) == nil)
        #expect(ServiceDuration.exceedsMaximum("5215w") && !ServiceDuration.exceedsMaximum("5214w"))
        #expect(!ServiceDuration.exceedsMaximum("-6000000w") && !ServiceDuration.exceedsMaximum("5 w"))
    }
}
