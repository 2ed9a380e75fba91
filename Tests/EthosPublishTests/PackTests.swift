import EthosModel
@testable import EthosRender
import EthosTestSupport
import Foundation
import Testing
import ZIPFoundation
@testable import EthosPublish

@Suite("Onboarding packs")
struct PackTests {
    let philosophy = try! loadPhilosophy("Tests/EthosRenderTests/Fixtures/four-locales.yml")
    let start = CalendarDate(year: 2026, month: 12, day: 1)

    func pack(_ locale: LocaleID = "en", start: CalendarDate?) throws -> Data {
        let files = PackRenderer(philosophy: philosophy, templates: templates)
            .files(for: philosophy.teams[0], locale: locale, start: start)
        return try PackArchive.make(files, folder: "support-\(locale.tag)", updated: philosophy.updated)
    }

    @Test("a pack holds the welcome page, philosophy, team page, checklist, calendar and kit in one folder")
    func contents() throws {
        let archive = try Archive(data: try pack(start: start), accessMode: .read)
        #expect(archive.map(\.path) == ["welcome.html", "philosophy.html", "philosophy.md", "team.html", "checklist.html",
                                        "checklist.md", "checklist.csv", "onboarding.ics", "interview-scorecards.html", "role-play-cards.html",
                                        "pocket-card.html"].map { "support-en/\($0)" })
    }

    @Test("the same input gives the same bytes")
    func deterministic() throws {
        #expect(try pack("de", start: start) == pack("de", start: start))
    }

    @Test("entries are dated the philosophy's 'updated' date (2026-03-09), 2000-01-01 without one")
    func entryDates() throws {
        /// The MS-DOS date of the first entry's local header: bytes 12 and 13, little-endian.
        func firstEntryDate(_ zip: Data) -> (year: Int, month: Int, day: Int) {
            let bits = Int(zip[zip.startIndex + 12]) | Int(zip[zip.startIndex + 13]) << 8
            return (1980 + bits >> 9, bits >> 5 & 0xF, bits & 0x1F)
        }
        #expect(firstEntryDate(try pack(start: start)) == (2026, 3, 9))
        let files = PackRenderer(philosophy: philosophy, templates: templates)
            .files(for: philosophy.teams[0], locale: "en", start: start)
        #expect(firstEntryDate(try PackArchive.make(files, folder: "support-en", updated: nil)) == (2000, 1, 1))
        let ancient = try #require(CalendarDate(year: 1066, month: 10, day: 14))
        #expect(firstEntryDate(try PackArchive.make(files, folder: "support-en", updated: ancient)) == (1980, 1, 1))
    }

    @Test("without a start date there is no calendar")
    func noStart() throws {
        let archive = try Archive(data: try pack(start: nil), accessMode: .read)
        #expect(!archive.map(\.path).contains("support-en/onboarding.ics"))
    }

    @Test("the pack's pages link only to files in the pack")
    func links() throws {
        let files = PackRenderer(philosophy: philosophy, templates: templates)
            .files(for: philosophy.teams[0], locale: "nb", start: start)
        let names = Set(files.map(\.name))
        for file in files where file.name.hasSuffix(".html") {
            for match in String(decoding: file.data, as: UTF8.self).matches(of: /href="([^"#]+)/) {
                #expect(names.contains(String(match.output.1)), "\(file.name) links to \(match.output.1)")
            }
        }
    }

    @Test("the calendar has one all-day event per checklist item on its due date")
    func calendar() throws {
        let checklist = ChecklistBuilder.make(for: philosophy.teams[0], in: philosophy, locale: "en", start: start)
        let ics = try #require(ChecklistCalendar.make(checklist))
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == checklist.items.count)
        let dates = ics.matches(of: /DTSTART;VALUE=DATE:(\d{8})/).map { String($0.output.1) }
        #expect(dates == checklist.items.map { $0.dueDate!.description.replacingOccurrences(of: "-", with: "") })
        #expect(ics.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test("calendar text is escaped and long lines fold without splitting a character")
    func calendarText() {
        #expect(ChecklistCalendar.escaped("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        let folded = ChecklistCalendar.folded("SUMMARY:" + String(repeating: "č", count: 60))
        #expect(folded.split(separator: "\r\n ").allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == "SUMMARY:" + String(repeating: "č", count: 60))
    }
}
