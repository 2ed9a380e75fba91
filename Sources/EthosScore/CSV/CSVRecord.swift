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
    /// Offset of the record's first byte in the buffer: where its first field starts.
    let start: Int
    let fields: UnsafeBufferPointer<CSVFieldEnd>

    /// How many fields the record has (at least one: a line holding only `,` has two empty ones).
    public var count: Int { fields.count }

    /// Calls `body` with the unquoted UTF-8 bytes of field `index` (0-based, below `count`),
    /// valid only inside `body`.
    public func withField<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        // The table is unsafe memory: without this check a bad index would read past it.
        precondition(index >= 0 && index < fields.count, "field \(index) of a record with \(fields.count)")
        // Every field but the last ends at a comma, and the next starts after it.
        let fieldStart = index == 0 ? start : fields[index - 1].end + 1
        let field = fields[index]
        switch field.kind {
        case .plain:
            return try body(UnsafeBufferPointer(start: base + fieldStart, count: field.end - fieldStart))
        case .quoted:
            return try body(UnsafeBufferPointer(start: base + fieldStart + 1, count: field.end - fieldStart - 2))
        case .escaped:
            let raw = UnsafeBufferPointer(start: base + fieldStart, count: field.end - fieldStart)
            return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count) { scratch in
                let length = CSVFieldEnd.unescape(raw, into: scratch)
                return try body(UnsafeBufferPointer(rebasing: scratch[..<length]))
            }
        }
    }

    /// Field `index` (0-based, below `count`) as text.
    public func string(at index: Int) -> String {
        withField(index) { String(decoding: $0, as: UTF8.self) }
    }
}

/// Where one field ends in the reader's buffer (before its comma, or before the record's line
/// ending), and how to read its bytes: 4 bytes a field, so that even a 16 MiB record of commas
/// keeps its table at 64 MiB. Offsets are below 2^30 (`CSVReader` keeps its buffer smaller).
struct CSVFieldEnd {
    enum Kind: UInt32 {
        /// The bytes as they are.
        case plain = 0
        /// A quoted field with no quote inside: the bytes between its quotes.
        case quoted = 1
        /// A quoted field with doubled quotes or text after its closing quote, for `unescape`.
        case escaped = 2
    }

    private let bits: UInt32

    init(end: Int, kind: Kind) {
        bits = UInt32(truncatingIfNeeded: end) | kind.rawValue << 30
    }

    var end: Int { Int(bits & 0x3FFF_FFFF) }
    var kind: Kind { Kind(rawValue: bits >> 30) ?? .plain }

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
