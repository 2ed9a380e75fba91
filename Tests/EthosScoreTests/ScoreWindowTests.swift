@testable import EthosScore
import EthosModel
import Foundation
import Testing

/// Calendar and rolling windows, local days across daylight-saving changes, ISO weeks across a
/// year boundary.
@Suite struct ScoreWindowTests {
    @Test func isoWeeksStartOnMondayAcrossTheYearBoundary() {
        // 1 January 2027 is a Friday in ISO week 53 of 2026, which starts on 28 December.
        let newYear = LocalDay(year: 2027, month: 1, day: 1)
        #expect(Bucketing.start(of: .week, holding: newYear).description == "2026-12-28")
        let spans = WindowSpan.windows(.week, from: LocalDay(year: 2026, month: 12, day: 30), to: LocalDay(year: 2027, month: 1, day: 5))
        #expect(spans.map { "\($0.start)..\($0.end) \($0.partial)" } == [
            "2026-12-28..2027-01-04 false", "2027-01-04..2027-01-11 true",
        ])
    }

    @Test func calendarWindowsCoverFromTheFirstToTheLastDay() {
        let spans = WindowSpan.windows(.quarter, from: LocalDay(year: 2026, month: 2, day: 10), to: LocalDay(year: 2026, month: 9, day: 30))
        #expect(spans.map { "\($0.start)..\($0.end) \($0.partial)" } == [
            "2026-01-01..2026-04-01 false", "2026-04-01..2026-07-01 false", "2026-07-01..2026-10-01 false",
        ])
        let year = WindowSpan.windows(.year, from: LocalDay(year: 2026, month: 2, day: 10), to: LocalDay(year: 2026, month: 12, day: 30))
        #expect(year.map(\.partial) == [true])
    }

    @Test func rollingWindowsEndWithTheLastDayAndAreNeverPartial() {
        let spans = WindowSpan.windows(.duration(.days(28)), from: LocalDay(year: 2026, month: 1, day: 1), to: LocalDay(year: 2026, month: 2, day: 28))
        // 28-day windows back from 28 February until one holds 1 January.
        #expect(spans.map { "\($0.start)..\($0.end)" } == ["2025-12-07..2026-01-04", "2026-01-04..2026-02-01", "2026-02-01..2026-03-01"])
        #expect(spans.allSatisfy { $0.end.index - $0.start.index == 28 && !$0.partial })
    }

    @Test func localDaysFollowBerlinAcrossBothChangesOfTheClock() throws {
        // 28 March 23:30 UTC is 00:30 on the 29th (CET); 29 March 21:30 UTC is 23:30 (CEST);
        // 22:30 UTC is already the 30th. In October: 24th 22:30 UTC is 00:30 on the 25th
        // (CEST), 25th 22:30 UTC is 23:30 (CET), 23:30 UTC the 26th.
        let scorecard = try scoreFixtures(["dst.csv"])
        let days = Dictionary(try scorecard.standard("frt-phone").windows.map { ($0.start, $0.counted ?? 0) }, uniquingKeysWith: +)
        #expect(days["2026-03-29"] == 2)
        #expect(days["2026-03-30"] == 1)
        #expect(days["2026-10-25"] == 2)
        #expect(days["2026-10-26"] == 1)
        #expect(scorecard.data.from == "2026-03-29")
        #expect(scorecard.data.to == "2026-10-26")
    }

    @Test func zonelessTimesInTheChangedHourReadAsDocumented() throws {
        let clock = ZoneClock(zone: try #require(TimeZone(identifier: "Europe/Berlin")))
        let local = { (text: String) -> Int64 in
            var text = text
            guard case .wallClock(let value)? = text.withUTF8(TimestampCell.parse) else { return 0 }
            return clock.utcSeconds(ofLocal: value / 1_000_000)
        }
        let utc = { (text: String) -> Int64 in
            var text = text
            guard case .instant(let value)? = text.withUTF8(TimestampCell.parse) else { return 0 }
            return value / 1_000_000
        }
        // Skipped in spring: 02:30 is read with winter time, which is 03:30 summer time.
        #expect(local("2026-03-29 02:30") == utc("2026-03-29T01:30:00Z"))
        // Twice in autumn: the first 02:30, still summer time.
        #expect(local("2026-10-25 02:30") == utc("2026-10-25T00:30:00Z"))
        #expect(local("2026-07-01 12:00") == utc("2026-07-01T10:00:00Z"))
        #expect(local("2026-12-01 12:00") == utc("2026-12-01T11:00:00Z"))
    }

    @Test func timestampsReadEveryDocumentedSpelling() {
        let read = { (text: String) -> TimestampCell? in
            var text = text
            return text.withUTF8(TimestampCell.parse)
        }
        #expect(read("2026-01-05T08:12:33Z") == .instant(1_767_600_753_000_000))
        #expect(read("2026-01-05T09:12:33+01:00") == .instant(1_767_600_753_000_000))
        #expect(read("2026-01-05T09:12:33+0100") == .instant(1_767_600_753_000_000))
        #expect(read("2026-01-05T09:12:33.250+01") == .instant(1_767_600_753_250_000))
        #expect(read("2026-01-05 08:12") == .wallClock(1_767_600_720_000_000))
        #expect(read("2026-01-05") == .wallClock(1_767_571_200_000_000))
        for bad in ["2026-11-31 10:00", "31.11.2026", "2026-01-05T25:00", "2026-01-05T08:12:33+1", "2026-01-05 08:12 CET", ""] {
            #expect(read(bad) == nil, "\(bad)")
        }
    }
}
