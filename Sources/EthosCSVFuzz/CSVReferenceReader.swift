import EthosScore

/// The CSV rules of `CSVReader`, written the slow, obvious way: the whole input at once, one
/// byte at a time through a state machine, with Swift's own UTF-8 decoder. The fuzzer holds
/// the fast reader to it.
enum CSVReferenceReader {
    struct Record: Equatable {
        let line: Int
        let fields: [[UInt8]]
    }

    private enum State {
        case fieldStart, unquoted, quoted, afterQuote
    }

    static func read(_ input: [UInt8]) -> (records: [Record], error: CSVReadError?) {
        var start = 0
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if let invalid = firstInvalidUTF8(input, from: start) {
            let line = 1 + input[..<invalid].count { $0 == UInt8(ascii: "\n") }
            return ([], .notUTF8(line: line))
        }
        let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
        var records: [Record] = []
        var line = 1
        var index = start
        while index < input.count {
            if input[index] == lineFeed {
                line += 1
                index += 1
                continue
            }
            if input[index] == carriageReturn && (index + 1 == input.count || input[index + 1] == lineFeed) {
                line += 1
                index += 2
                continue
            }
            let recordLine = line
            var fields: [[UInt8]] = []
            var field: [UInt8] = []
            var state = State.fieldStart
            var quoteLine = line
            // A CR outside quotes just before the LF (or the end) is part of the line ending.
            var endsWithBareCR = false
            recordLoop: while true {
                guard index < input.count else {
                    if state == .quoted { return (records, .unclosedQuote(line: quoteLine)) }
                    if endsWithBareCR { field.removeLast() }
                    fields.append(field)
                    break recordLoop
                }
                let byte = input[index]
                index += 1
                switch (state, byte) {
                case (.quoted, quote):
                    state = .afterQuote
                case (.quoted, _):
                    if byte == lineFeed { line += 1 }
                    field.append(byte)
                case (.afterQuote, quote):
                    field.append(quote)
                    state = .quoted
                case (.fieldStart, quote):
                    state = .quoted
                    quoteLine = line
                case (_, comma):
                    fields.append(field)
                    field = []
                    state = .fieldStart
                case (_, lineFeed):
                    if endsWithBareCR { field.removeLast() }
                    fields.append(field)
                    line += 1
                    break recordLoop
                default:
                    field.append(byte)
                    state = .unquoted
                }
                endsWithBareCR = byte == carriageReturn && state == .unquoted
            }
            records.append(Record(line: recordLine, fields: fields))
        }
        return (records, nil)
    }

    /// The offset of the first byte that starts no valid UTF-8 sequence, by Swift's decoder.
    private static func firstInvalidUTF8(_ input: [UInt8], from start: Int) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = input[start...].makeIterator()
        var offset = start
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
