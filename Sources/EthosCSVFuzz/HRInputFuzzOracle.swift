import EthosLoader
import EthosModel
import EthosRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What must hold for every input read as HR's roster or as a holiday calendar, checked so that
/// the fuzzer reports a breach as a crash:
/// - every problem is located in the file, and a row is either a hire or a failed line, never
///   both;
/// - a calendar's holidays come in date order, each date once;
/// - the calendar of the first hire holds only content lines Ethos writes: text from the roster
///   never starts a line of its own (no injected property such as a second ATTENDEE).
enum HRInputFuzzOracle {
    private static let philosophy = Philosophy(
        company: "Acme", locales: ["en", "de"], purpose: "Help.", vision: "Fast help.",
        values: [ServiceValue(name: "Speed", action: "Answer at once.")],
        teams: [Team(name: "Support", activities: "Answer."), Team(name: "Sales", activities: "Sell.")])

    private static let properties: Set<Substring> = [
        "BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "UID", "DTSTAMP", "LAST-MODIFIED",
        "SEQUENCE", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "ORGANIZER", "ATTENDEE", "TRANSP",
    ]

    static func check(_ input: [UInt8]) {
        let roster = Roster.parse(input, file: "fuzz.csv", philosophy: philosophy)
        if roster.diagnostics.contains(where: { $0.location?.file != "fuzz.csv" }) { fail("a roster problem without a place") }
        let lines = Set(roster.entries.map(\.line))
        if !lines.isDisjoint(with: roster.failedLines) { fail("a row is both a hire and a failure") }
        if let entry = roster.entries.first {
            let checklist = ChecklistBuilder.make(for: philosophy.teams[entry.teamIndex], in: philosophy,
                                                  locale: entry.locale ?? "en", hire: entry.hire)
            let calendar = ChecklistCalendar.make(checklist) ?? ""
            for line in calendar.split(separator: "\r\n") where !line.hasPrefix(" ") {
                let name = line.prefix { $0 != ":" && $0 != ";" }
                if !properties.contains(name) { fail("the calendar has a line Ethos does not write: \(line.prefix(80))") }
            }
        }
        let holidays = HolidayCalendarReader.parse(String(decoding: input, as: UTF8.self), file: "fuzz.ics")
        if holidays.diagnostics.contains(where: { $0.location?.file != "fuzz.ics" }) { fail("a calendar problem without a place") }
        for (earlier, later) in zip(holidays.holidays, holidays.holidays.dropFirst()) where earlier.date >= later.date {
            fail("holidays out of order: \(earlier.date), \(later.date)")
        }
    }

    private static func fail(_ message: String) -> Never {
        var text = "ethos HR input fuzz oracle: \(message)\n"
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        abort()
    }
}
