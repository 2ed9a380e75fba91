import EthosModel
import Testing

@Suite("Working days: due dates skip weekends and holidays")
struct WorkingDaysTests {
    private func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(parsing: text)) }

    @Test("weekdays of known dates, before and after 1970")
    func weekdays() throws {
        #expect(try date("1970-01-01").weekday == .thu)
        #expect(try date("2027-01-04").weekday == .mon)
        #expect(try date("2024-02-29").weekday == .thu)
        #expect(try date("1969-12-31").weekday == .wed)
        #expect(try date("2027-01-03").weekday == .sun)
    }

    @Test("day-N is the N-th working day, week-N the last working day of week N")
    func counting() throws {
        let days = WorkingDays()
        let monday = try date("2027-01-04")
        #expect(days.dueDay(of: .day(1)) == 1)
        #expect(days.dueDay(of: .week(2)) == 10)
        #expect(days.date(ofWorkingDay: 1, from: monday) == monday)
        #expect(days.date(ofWorkingDay: 5, from: monday) == (try date("2027-01-08")))
        #expect(days.date(ofWorkingDay: 6, from: monday) == (try date("2027-01-11")))
        #expect(days.date(ofWorkingDay: 90, from: monday) == (try date("2027-05-07")))
    }

    @Test("holidays are skipped; a start on a day off counts from the next working day")
    func holidays() throws {
        let days = WorkingDays(holidays: [Holiday(date: try date("2027-01-06"), name: "Epiphany")])
        let monday = try date("2027-01-04")
        #expect(!days.isWorkingDay(try date("2027-01-06")))
        #expect(days.date(ofWorkingDay: 3, from: monday) == (try date("2027-01-07")))
        #expect(days.firstWorkingDay(onOrAfter: try date("2027-01-02")) == monday)
        #expect(days.date(ofWorkingDay: 1, from: try date("2027-01-02")) == monday)
        #expect(days.holidays[try date("2027-01-06")] == "Epiphany")
    }

    @Test("a file's working week: Sunday to Thursday, and a four-day week makes week-2 day 8")
    func customWeek() throws {
        let calendar = WorkCalendar(workdays: [.sun, .mon, .tue, .wed, .thu])
        let days = WorkingDays(calendar)
        #expect(!days.isWorkingDay(try date("2027-01-08")))
        #expect(days.isWorkingDay(try date("2027-01-03")))
        #expect(WorkingDays(workdays: [.mon, .tue, .wed, .thu]).dueDay(of: .week(2)) == 8)
        #expect(WorkingDays(workdays: []).workdays == Set(Weekday.workingWeek))
        #expect(WorkingDays(nil).workdays == Set(Weekday.workingWeek))
    }
}
