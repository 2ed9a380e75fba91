import EthosModel

/// A timestamp as written in a cell, before a time zone is applied.
enum TimestampCell: Equatable {
    /// A timestamp with `Z` or an offset: microseconds since 1970-01-01 00:00 UTC.
    case instant(Int64)
    /// A zone-less timestamp: microseconds since 1970-01-01 00:00 of the wall clock.
    case wallClock(Int64)

    /// The instant, in microseconds since 1970-01-01 00:00 UTC: a zone-less time is read in
    /// `clock`'s zone; `nil` for a zone-less time without a clock.
    func instant(in clock: ZoneClock?) -> Int64? {
        switch self {
        case .instant(let value): return value
        case .wallClock(let value):
            guard let clock else { return nil }
            let seconds = value >= 0 ? value / 1_000_000 : (value - 999_999) / 1_000_000
            return clock.utcSeconds(ofLocal: seconds) * 1_000_000 + (value - seconds * 1_000_000)
        }
    }

    /// Reads ISO 8601 (`2026-01-05T08:12:33Z`, `2026-01-05T09:12:33+01:00`, `…+0100`, `…+01`),
    /// the same with a space for `T`, seconds and a fraction optional
    /// (`2026-01-05 08:12`, `2026-01-05 08:12:33.250`), or a date alone (midnight).
    /// Returns `nil` for anything else, including impossible dates (`2026-11-31`).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> TimestampCell? {
        var cursor = ByteCursor(bytes)
        guard let year = cursor.digits(4), cursor.skip(UInt8(ascii: "-")), let month = cursor.digits(2),
              cursor.skip(UInt8(ascii: "-")), let day = cursor.digits(2),
              (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        var seconds = Int64(LocalDay(year: year, month: month, day: day).index) * 86_400
        var micro: Int64 = 0
        if cursor.atEnd { return .wallClock(seconds * 1_000_000) }
        guard cursor.skip(UInt8(ascii: "T")) || cursor.skip(UInt8(ascii: " ")) || cursor.skip(UInt8(ascii: "t")),
              let hour = cursor.digits(2), cursor.skip(UInt8(ascii: ":")), let minute = cursor.digits(2),
              hour <= 24, minute <= 59 else { return nil }
        var second = 0
        if cursor.skip(UInt8(ascii: ":")) {
            guard let value = cursor.digits(2), value <= 60 else { return nil }
            second = min(value, 59)   // a leap second is read as :59
            if cursor.skip(UInt8(ascii: ".")) || cursor.skip(UInt8(ascii: ",")) {
                guard let fraction = cursor.fractionMicroseconds() else { return nil }
                micro = fraction
            }
        }
        if hour == 24 && (minute != 0 || second != 0 || micro != 0) { return nil }
        seconds += Int64(hour * 3_600 + minute * 60 + second)
        let total = seconds * 1_000_000 + micro
        if cursor.atEnd { return .wallClock(total) }
        if cursor.skip(UInt8(ascii: "Z")) || cursor.skip(UInt8(ascii: "z")) {
            return cursor.atEnd ? .instant(total) : nil
        }
        let sign: Int64
        if cursor.skip(UInt8(ascii: "+")) {
            sign = 1
        } else if cursor.skip(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        guard let offsetHours = cursor.digits(2), offsetHours <= 18 else { return nil }
        var offsetMinutes = 0
        if !cursor.atEnd {
            _ = cursor.skip(UInt8(ascii: ":"))
            guard let value = cursor.digits(2), value <= 59 else { return nil }
            offsetMinutes = value
        }
        guard cursor.atEnd else { return nil }
        return .instant(total - sign * Int64(offsetHours * 3_600 + offsetMinutes * 60) * 1_000_000)
    }
}

/// Reads a cell's bytes from left to right.
struct ByteCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var atEnd: Bool { position == bytes.count }

    /// Steps over `byte` when it is next.
    mutating func skip(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Reads exactly `count` ASCII digits as a number.
    mutating func digits(_ count: Int) -> Int? {
        guard position + count <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<count {
            let digit = Int(bytes[position + offset]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            value = value * 10 + digit
        }
        position += count
        return value
    }

    /// Reads one or more digits of a fraction of a second, as microseconds (digits past the
    /// sixth are dropped).
    mutating func fractionMicroseconds() -> Int64? {
        var value: Int64 = 0
        var count = 0
        while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 {
            if count < 6 { value = value * 10 + Int64(bytes[position] - 48) }
            count += 1
            position += 1
        }
        guard count > 0 else { return nil }
        for _ in count..<max(count, 6) { value *= 10 }
        return value
    }
}
