#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#endif

/// The machinery behind `CSVReader`: one buffer that the source fills, a scan that finds each
/// record's fields in it without copying, and a reused table of where those fields lie.
///
/// A record cut by the end of the buffer is moved to the front, the buffer is filled again
/// (grown when the record alone fills it) and the record is scanned again from its start.
struct CSVScanner<Source: CSVByteSource>: ~Copyable {
    private var source: Source
    private let recordLimit: Int
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes in the buffer: `[position, filled)` are still to be scanned.
    private var filled = 0
    private var position = 0
    /// The source has no more bytes: the buffer's end is the file's.
    private var atEnd = false
    /// The physical line `position` is on.
    private var line = 1
    private var fields: UnsafeMutablePointer<CSVFieldEnd>
    private var fieldCapacity = 64
    private var fieldCount = 0

    init(source: Source, capacity: Int, recordLimit: Int) {
        self.source = source
        self.capacity = capacity
        self.recordLimit = recordLimit
        buffer = .allocate(capacity: capacity)
        fields = .allocate(capacity: fieldCapacity)
    }

    deinit {
        buffer.deallocate()
        fields.deallocate()
    }

    private enum Scan {
        /// No record is left.
        case end
        /// The record at `position` goes on past the buffer.
        case needMore
        /// A line with no bytes before its line ending; the next line starts at `next`.
        case blank(next: Int)
        /// A record whose bytes end at `end` (before its LF, or the end of the input; a CR
        /// before `end` is the rest of the line ending) and the next starts at
        /// `next`; `quoted` when a field was quoted, and so may hold newlines.
        case record(end: Int, next: Int, quoted: Bool)
        /// The quoted field starting at `fieldStart` is still open at the end of the input.
        case unclosedQuote(fieldStart: Int)
    }

    mutating func run(_ body: (CSVRecord) throws -> Void) throws {
        try fill()
        if filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { position = 3 }
        while true {
            switch scanRecord() {
            case .end:
                return
            case .needMore:
                // One byte more than the limit may be the CR of the record's CRLF.
                if filled - position > recordLimit + 1 { throw CSVReadError.recordTooLong(line: line, limit: recordLimit) }
                try refill()
            case .blank(let next):
                line += 1
                position = next
            case .record(let end, let next, let quoted):
                let lineEnding = end > position && buffer[end - 1] == CSVByte.carriageReturn ? 1 : 0
                if end - position - lineEnding > recordLimit { throw CSVReadError.recordTooLong(line: line, limit: recordLimit) }
                try validate(upTo: end)
                let record = CSVRecord(line: line, base: buffer, start: position,
                                       fields: UnsafeBufferPointer(start: fields, count: fieldCount))
                line += 1 + (quoted ? lineFeeds(from: position, to: end) : 0)
                position = next
                try body(record)
            case .unclosedQuote(let fieldStart):
                try validate(upTo: filled)
                throw CSVReadError.unclosedQuote(line: line + lineFeeds(from: position, to: fieldStart))
            }
        }
    }

    /// Throws `notUTF8` with the line of the first invalid byte in `[position, end)`.
    private func validate(upTo end: Int) throws(CSVReadError) {
        let bytes = UnsafeBufferPointer(start: buffer + position, count: end - position)
        if let invalid = UTF8Validation.firstInvalidByte(in: bytes) {
            throw .notUTF8(line: line + lineFeeds(from: position, to: position + invalid))
        }
    }

    private func lineFeeds(from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            guard let found = memchr(buffer + index, CInt(CSVByte.lineFeed), end - index) else { break }
            count += 1
            index = buffer.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return count
    }

    /// Moves the unscanned bytes to the front, grows the buffer when they fill it, and reads.
    private mutating func refill() throws(CSVReadError) {
        if position > 0 {
            let remaining = filled - position
            buffer.update(from: buffer + position, count: remaining)
            filled = remaining
            position = 0
        }
        if filled == capacity {
            // A record of `recordLimit` bytes and its CRLF must fit; one byte more cannot.
            let grown = min(capacity * 2, recordLimit + 3)
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            larger.initialize(from: buffer, count: filled)
            buffer.deallocate()
            buffer = larger
            capacity = grown
        }
        try fill()
    }

    /// Reads until the buffer is full or the source ends.
    private mutating func fill() throws(CSVReadError) {
        while filled < capacity {
            let count = try source.read(into: UnsafeMutableBufferPointer(start: buffer + filled, count: capacity - filled))
            if count == 0 {
                atEnd = true
                return
            }
            filled += count
        }
    }

    private mutating func appendField(end: Int, kind: CSVFieldEnd.Kind) {
        if fieldCount == fieldCapacity {
            let larger = UnsafeMutablePointer<CSVFieldEnd>.allocate(capacity: fieldCapacity * 2)
            larger.moveInitialize(from: fields, count: fieldCount)
            fields.deallocate()
            fields = larger
            fieldCapacity *= 2
        }
        (fields + fieldCount).initialize(to: CSVFieldEnd(end: end, kind: kind))
        fieldCount += 1
    }

    /// Finds the fields of the record at `position`, without moving `position`.
    private mutating func scanRecord() -> Scan {
        let bytes = buffer
        let filled = filled
        let atEnd = atEnd
        var index = position
        if index == filled { return atEnd ? .end : .needMore }
        if bytes[index] == CSVByte.lineFeed { return .blank(next: index + 1) }
        if bytes[index] == CSVByte.carriageReturn {
            if index + 1 < filled {
                if bytes[index + 1] == CSVByte.lineFeed { return .blank(next: index + 2) }
            } else {
                // A lone CR ending the input is what is left of a CRLF.
                return atEnd ? .blank(next: index + 1) : .needMore
            }
        }
        fieldCount = 0
        var quoted = false
        while true {
            let fieldStart = index
            var escaped = false
            if index < filled && bytes[index] == CSVByte.quote {
                quoted = true
                index += 1
                while true {
                    index = Self.nextQuote(bytes, from: index, to: filled)
                    if index == filled { return atEnd ? .unclosedQuote(fieldStart: fieldStart) : .needMore }
                    index += 1
                    if index == filled {
                        if atEnd { break }
                        return .needMore
                    }
                    guard bytes[index] == CSVByte.quote else { break }
                    escaped = true
                    index += 1
                }
            }
            // Unquoted bytes: the whole field, or what follows a closing quote.
            let dataStart = index
            index = Self.fieldEnd(bytes, from: index, to: filled)
            if index == filled && !atEnd { return .needMore }
            var end = index
            if end > dataStart && bytes[end - 1] == CSVByte.carriageReturn && (index == filled || bytes[index] == CSVByte.lineFeed) {
                end -= 1
            }
            if fieldStart == dataStart {
                appendField(end: end, kind: .plain)
            } else if !escaped && end == dataStart {
                appendField(end: end, kind: .quoted)
            } else {
                appendField(end: end, kind: .escaped)
            }
            if index == filled { return .record(end: filled, next: filled, quoted: quoted) }
            if bytes[index] == CSVByte.lineFeed { return .record(end: index, next: index + 1, quoted: quoted) }
            index += 1
        }
    }

    /// The index of the first `"` in `[start, end)`, or `end`, eight bytes at a time (quoted
    /// fields are short: a call to `memchr` for each costs more than it saves).
    @inline(__always)
    private static func nextQuote(_ bytes: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quotes = ones &* UInt64(CSVByte.quote)
        while index + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self)) ^ quotes
            let mask = (word &- ones) & ~word & 0x8080_8080_8080_8080
            if mask != 0 { return index + mask.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end && bytes[index] != CSVByte.quote { index += 1 }
        return index
    }

    /// The index of the first `,` or LF in `[start, end)`, or `end`. Eight bytes at a time:
    /// a byte equal to `,` or LF becomes zero after the XOR, and the lowest zero byte's high
    /// bit is the lowest set bit of the classic has-zero-byte mask.
    @inline(__always)
    private static func fieldEnd(_ bytes: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let commas = ones &* UInt64(CSVByte.comma)
        let lineFeeds = ones &* UInt64(CSVByte.lineFeed)
        while index + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self))
            let a = word ^ commas
            let b = word ^ lineFeeds
            let mask = ((a &- ones) & ~a | (b &- ones) & ~b) & highs
            if mask != 0 { return index + mask.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end {
            let byte = bytes[index]
            if byte == CSVByte.comma || byte == CSVByte.lineFeed { return index }
            index += 1
        }
        return end
    }
}
