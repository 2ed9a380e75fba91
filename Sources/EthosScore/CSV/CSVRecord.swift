/// One record of a CSV file, lent to the `CSVReader.forEachRecord` callback and valid only
/// inside that call: its fields point into the reader's buffer, which the next record reuses.
///
/// Fields are read without copying; only `string(at:)` allocates, and only a field with doubled
/// quotes or text after its closing quote is unquoted into a scratch buffer first.
public struct CSVRecord {
    /// The physical 1-based line the record starts on. Blank lines count, and so do the
    /// newlines inside quoted fields of earlier records.
    public let line: Int
    let base: UnsafePointer<UInt8>
    let fields: UnsafeBufferPointer<CSVFieldSpan>

    /// How many fields the record has (at least one: a line holding only `,` has two empty ones).
    public var count: Int { fields.count }

    /// Calls `body` with the unquoted UTF-8 bytes of field `index` (0-based, below `count`),
    /// valid only inside `body`.
    public func withField<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        // The table is unsafe memory: without this check a bad index would read past it.
        precondition(index >= 0 && index < fields.count, "field \(index) of a record with \(fields.count)")
        let span = fields[index]
        let raw = UnsafeBufferPointer(start: base + Int(span.start), count: span.length)
        guard span.isEscaped else { return try body(raw) }
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count) { scratch in
            let length = CSVFieldSpan.unescape(raw, into: scratch)
            return try body(UnsafeBufferPointer(rebasing: scratch[..<length]))
        }
    }

    /// Field `index` (0-based, below `count`) as text.
    public func string(at index: Int) -> String {
        withField(index) { String(decoding: $0, as: UTF8.self) }
    }
}

/// Where one field lies in the reader's buffer: the bytes to hand out as they are, or, for an
/// escaped field, the raw quoted bytes that `unescape` turns into the field's value.
struct CSVFieldSpan {
    private static let escapedFlag: UInt32 = 1 << 31
    /// Offset of the first byte in the buffer.
    let start: UInt32
    private let endAndFlag: UInt32

    init(start: Int, end: Int, escaped: Bool) {
        self.start = UInt32(truncatingIfNeeded: start)
        endAndFlag = UInt32(truncatingIfNeeded: end) | (escaped ? Self.escapedFlag : 0)
    }

    var length: Int { Int(endAndFlag & ~Self.escapedFlag) - Int(start) }
    /// The span holds a quoted field with doubled quotes or text after its closing quote.
    var isEscaped: Bool { endAndFlag & Self.escapedFlag != 0 }

    /// Writes the value of the quoted field `raw` (which starts with its opening quote) into
    /// `output`, at least as long as `raw`, and returns its length. Inside the quotes `""` is
    /// one quote; after the closing quote every byte, quotes included, is data (as Python's csv).
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var length = 0
        var index = 1
        var quoted = true
        while index < raw.count {
            let byte = raw[index]
            index += 1
            if quoted && byte == CSVByte.quote {
                if index < raw.count && raw[index] == CSVByte.quote {
                    index += 1
                } else {
                    quoted = false
                    continue
                }
            }
            output[length] = byte
            length += 1
        }
        return length
    }
}

/// The bytes CSV gives a meaning to.
enum CSVByte {
    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
}
