import EthosLoader
import EthosTestSupport
import EthosModel
import Testing

@Suite("Holiday calendars (.ics) read into days off")
struct HolidayCalendarReaderTests {
    private func calendar(_ lines: [String]) -> String {
        (["BEGIN:VCALENDAR", "VERSION:2.0"] + lines + ["END:VCALENDAR"]).joined(separator: "\r\n") + "\r\n"
    }

    private func event(_ lines: [String]) -> [String] { ["BEGIN:VEVENT"] + lines + ["END:VEVENT"] }

    @Test("all-day events, date-times, folded summaries and several days")
    func events() {
        let text = calendar(
            event(["DTSTART;VALUE=DATE:20270101", "SUMMARY:Neujahr"])
                + event(["DTSTART:20270406T090000Z", "SUMMARY:Company\r\n  day\\, all of it"])
                + event(["DTSTART;VALUE=DATE:20271224", "DTEND;VALUE=DATE:20271227", "SUMMARY:Christmas"])
                + event(["DTSTART;VALUE=DATE:20270501", "STATUS:CANCELLED"]))
        let result = HolidayCalendarReader.parse(text, file: "h.ics")
        #expect(result.diagnostics.isEmpty)
        #expect(result.holidays.map(\.date.description) == ["2027-01-01", "2027-04-06", "2027-12-24", "2027-12-25", "2027-12-26"])
        #expect(result.holidays.map(\.name) == ["Neujahr", "Company day, all of it", "Christmas", "Christmas", "Christmas"])
    }

    @Test("a yearly event repeats; another repeat rule counts once, with a located warning")
    func recurrence() {
        let text = calendar(event(["DTSTART;VALUE=DATE:20261003", "RRULE:FREQ=YEARLY;COUNT=3", "SUMMARY:Unity"])
            + event(["DTSTART;VALUE=DATE:20270105", "RRULE:FREQ=WEEKLY", "SUMMARY:Team day"]))
        let result = HolidayCalendarReader.parse(text, file: "h.ics")
        #expect(result.holidays.map(\.date.description) == ["2026-10-03", "2027-01-05", "2027-10-03", "2028-10-03"])
        #expect(result.diagnostics.map(\.formatted) == [
            "h.ics:10:7: warning: only yearly repeats are followed; this event counts on its first day only [ignored-recurrence]\n"
                + "    fix: export the calendar with each holiday as its own event",
        ])
        #expect(!result.hasErrors)
    }

    @Test("broken input gives located errors and keeps the rest")
    func broken() {
        let text = calendar(event(["SUMMARY:No day"]) + event(["DTSTART;VALUE=DATE:2027-01-01"])
            + event(["DTSTART;VALUE=DATE:20270102"]) + ["BEGIN:VEVENT", "DTSTART:20270103"])
        let result = HolidayCalendarReader.parse(text, file: "h.ics")
        #expect(result.holidays.map(\.date.description) == ["2027-01-02"])
        #expect(result.diagnostics.map { "\($0.location?.description ?? "") \($0.rule)" }
            == ["h.ics:3:1 bad-calendar", "h.ics:7:20 bad-date", "h.ics:12:1 bad-calendar"])
        let notCalendar = HolidayCalendarReader.parse("Date,Name\n2027-01-01,New Year\n", file: "h.csv")
        #expect(notCalendar.hasErrors && notCalendar.holidays.isEmpty)
        #expect(notCalendar.diagnostics.first?.rule == .badCalendar)
    }

    @Test("a calendar file as calendar programs export it: a yearly closing of three days, a folded summary")
    func file() {
        let result = HolidayCalendarReader.read(path: repositoryRoot.appendingPathComponent("Tests/EthosLoaderTests/Fixtures/holidays/feiertage.ics").path,
                                                displayName: "feiertage.ics")
        #expect(result.diagnostics.isEmpty)
        #expect(result.holidays.count == 10)
        #expect(result.holidays.first?.name == "Weihnachten (Betriebsferien, ganz geschlossen)")
        #expect(result.holidays.last?.date.description == "2028-12-26")
    }

    @Test("a missing file is a located error, not a crash")
    func missingFile() {
        let result = HolidayCalendarReader.read(path: "/nonexistent/holidays.ics")
        #expect(result.diagnostics.map(\.formatted) == ["/nonexistent/holidays.ics:1:1: error: no such file [file-unreadable]"])
    }
}
