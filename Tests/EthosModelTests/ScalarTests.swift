import Testing
@testable import EthosModel

@Suite("Scalars of the file format")
struct ScalarTests {
    @Test("durations parse a number and a unit, and keep the unit")
    func durations() {
        #expect(ServiceDuration(parsing: "30s") == .seconds(30))
        #expect(ServiceDuration(parsing: "2m") == .minutes(2))
        #expect(ServiceDuration(parsing: "1.5h")?.totalSeconds == 5_400)
        #expect(ServiceDuration(parsing: "2w")?.totalSeconds == 1_209_600)
        #expect(ServiceDuration(parsing: "3d")?.description == "3d")
        for bad in ["", "m", "2", "2x", "-5m", "2 m", "1e3s", "two m", "1.2.3h"] {
            #expect(ServiceDuration(parsing: bad) == nil, "\(bad) should not parse")
        }
    }

    @Test("windows are durations or calendar periods")
    func windows() {
        #expect(Window(parsing: "month") == .month)
        #expect(Window(parsing: "28d") == .duration(.days(28)))
        #expect(Window(parsing: "fortnight") == nil)
    }

    @Test("phases are day-N or week-N and sort by due day")
    func phases() {
        #expect(Phase(parsing: "day-30") == .day(30))
        #expect(Phase(parsing: "week-2")?.dueDay == 14)
        for bad in ["day-0", "month-1", "day-x", "day", "day-1-2", "week-99999", "Day-1"] {
            #expect(Phase(parsing: bad) == nil, "\(bad) should not parse")
        }
        #expect(Phase.defaults.sorted() == Phase.defaults)
        #expect([Phase.week(1), .day(7), .day(1)].sorted() == [.day(1), .day(7), .week(1)])
    }

    @Test("dates must exist on the calendar")
    func dates() {
        #expect(CalendarDate(parsing: "2026-11-01")?.description == "2026-11-01")
        #expect(CalendarDate(parsing: "2024-02-29") != nil)
        for bad in ["2026-02-29", "2026-13-01", "2026-02-30", "26-1-1", "2026-1-01", "2026/01/01"] {
            #expect(CalendarDate(parsing: bad) == nil, "\(bad) should not parse")
        }
    }

    @Test("locale tags follow BCP 47's shape")
    func locales() {
        for good in ["en", "de-AT", "nb", "sr-Latn-RS", "es-419", "de-CH-1996"] {
            #expect(LocaleID.isWellFormed(good), "\(good)")
        }
        for bad in ["", "e", "english", "en_US", "de-", "12", "en-Latn-Latn"] {
            #expect(!LocaleID.isWellFormed(bad), "\(bad)")
        }
        #expect(LocaleID("de-AT").language == "de")
    }

    @Test("plain numbers: optional sign, decimals, nothing else")
    func plainNumbers() {
        #expect(PlainNumber.parse("-20") == -20)
        #expect(PlainNumber.parse("5.5") == 5.5)
        #expect(PlainNumber.parse("+3") == 3)
        for bad in ["", "-", ".", "1e5", "5-", "1,5", "0x10", "inf", "nan"] {
            #expect(PlainNumber.parse(bad) == nil, "\(bad)")
        }
        #expect(PlainNumber.format(50) == "50")
        #expect(PlainNumber.format(1.5) == "1.5")
    }

    @Test("measures fit only their units and print in file syntax")
    func measures() {
        #expect(Measure.percent(of: 90) == .percent(0.9))
        #expect(Measure.percent(of: 85).fileSyntax == "85%")
        #expect(Measure.number(50).fits(.score))
        #expect(!Measure.number(50).fits(.percent))
        #expect(Measure.duration(.minutes(6)).fits(.duration))
        #expect(Measure.duration(.minutes(6)).magnitude == 360)
    }
}

@Suite("Slugs and suggestions")
struct SlugTests {
    @Test("slugs are lower-case ASCII words joined by dashes")
    func slugs() {
        #expect(Slug.make("Kundenservice Süd") == "kundenservice-sud")
        #expect(Slug.make("Straße & Ærø") == "strasse-aero")
        #expect(Slug.make("  ../../etc/passwd ") == "etc-passwd")
        #expect(Slug.make("Team 00042") == "team-00042")
        #expect(Slug.make("日本") == "")
        #expect(Slug.make("Čas odziva") == "cas-odziva")
    }

    @Test("suggestions find near misses only")
    func suggestions() {
        #expect(Suggestion.closest(to: "acton", among: ["name", "action"]) == "action")
        #expect(Suggestion.closest(to: "Action", among: ["action"], caseInsensitive: true) == "action")
        #expect(Suggestion.closest(to: "NSP", among: ["NPS", "CSAT"], caseInsensitive: true) == "NPS")
        #expect(Suggestion.closest(to: "zzzzzz", among: ["action", "name"]) == nil)
    }
}
