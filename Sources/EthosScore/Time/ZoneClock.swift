import Foundation

/// Converts between instants and local time in one time zone, fast enough for a million rows:
/// the zone's offset is looked up once per quarter hour of time seen (offsets change only on
/// quarter-hour boundaries), not once per timestamp.
final class ZoneClock {
    /// The zone local dates are taken in.
    let zone: TimeZone
    private var utcOffsets: [Int64: Int64] = [:]
    private var localOffsets: [Int64: Int64] = [:]
    /// A span of time with one offset, around the last instant looked up: until the zone's
    /// next change of offset, and back to the earliest instant seen in it. Most timestamps of
    /// a file fall in a handful of such spans, so most lookups are two comparisons.
    private var spanStart = Int64.max
    private var spanEnd = Int64.min
    private var spanOffset: Int64 = 0
    private static let bucket: Int64 = 900

    init(zone: TimeZone) {
        self.zone = zone
    }

    /// A clock of the same zone with caches of its own, for another thread.
    func copy() -> ZoneClock { ZoneClock(zone: zone) }

    /// The offset from UTC, in seconds, in force at `utcSeconds`.
    func offset(atUTC utcSeconds: Int64) -> Int64 {
        if utcSeconds >= spanStart && utcSeconds < spanEnd { return spanOffset }
        let key = utcSeconds >= 0 ? utcSeconds / Self.bucket : (utcSeconds - Self.bucket + 1) / Self.bucket
        let offset: Int64
        if let known = utcOffsets[key] {
            offset = known
        } else {
            offset = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(key * Self.bucket))))
            utcOffsets[key] = offset
        }
        let start = key * Self.bucket
        if offset == spanOffset, start == spanStart - Self.bucket {
            // The quarter hour just before the span, with its offset (offsets change only on
            // quarter hours): the span grows back by it.
            spanStart = start
        } else {
            let next = zone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: Double(start)))
            spanStart = start
            spanEnd = next.map { Int64($0.timeIntervalSince1970.rounded(.down)) } ?? .max
            spanOffset = offset
        }
        return offset
    }

    /// The local day of the instant `utcMicroseconds`.
    func localDay(ofUTC utcMicroseconds: Int64) -> LocalDay {
        let seconds = utcMicroseconds >= 0 ? utcMicroseconds / 1_000_000 : (utcMicroseconds - 999_999) / 1_000_000
        let local = seconds + offset(atUTC: seconds)
        return LocalDay(index: Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400))
    }

    /// The UTC seconds of the wall-clock time `localSeconds` (seconds since 1970-01-01 00:00
    /// local). A time skipped when clocks go forward is read with the offset before the change
    /// (so 02:30 on a spring-forward night is 03:30 summer time); a time that happens twice when
    /// clocks go back is read as the first of the two.
    func utcSeconds(ofLocal localSeconds: Int64) -> Int64 {
        let key = localSeconds >= 0 ? localSeconds / Self.bucket : (localSeconds - Self.bucket + 1) / Self.bucket
        let offset: Int64
        if let cached = localOffsets[key] {
            offset = cached
        } else {
            offset = resolvedOffset(forLocal: key * Self.bucket)
            localOffsets[key] = offset
        }
        return localSeconds - offset
    }

    private func resolvedOffset(forLocal local: Int64) -> Int64 {
        // The offsets in force a day before and a day after bracket any change near `local`.
        let before = offset(atUTC: local - 86_400)
        let after = offset(atUTC: local + 86_400)
        // Prefer the earlier offset: it is right before a change, for the first of two repeated
        // times, and for skipped times.
        if offset(atUTC: local - before) == before { return before }
        if offset(atUTC: local - after) == after { return after }
        return before
    }
}
