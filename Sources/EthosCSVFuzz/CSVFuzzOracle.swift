import EthosScore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What must hold for every input to `CSVReader`, checked so that the fuzzer reports a breach
/// as a crash:
/// - it reads the records and the error `CSVReferenceReader` reads (for input that is not
///   UTF-8, the same error);
/// - a buffer of a few bytes (every byte then sits at a chunk boundary) reads the same records
///   and the same error as one buffer for the whole input;
/// - each record starts on a line at or after the previous record's;
/// - the records, written back with every field quoted, read back as the same fields.
enum CSVFuzzOracle {
    private struct Outcome: Equatable {
        var records: [Record] = []
        var error: CSVReadError?
    }

    private typealias Record = CSVReferenceReader.Record

    static func check(_ input: [UInt8]) {
        // The first byte picks the small buffer's size, so the fuzzer explores it too.
        let chunkSize = 4 + Int(input.first ?? 0) % 29
        let whole = read(CSVReader(bytes: input))
        let chunked = read(CSVReader(bytes: input, chunkSize: chunkSize, recordLimit: CSVReader.recordLengthLimit))
        if chunked != whole { fail("a \(chunkSize)-byte buffer reads otherwise than one buffer", input) }
        let reference = CSVReferenceReader.read(input)
        if case .notUTF8 = reference.error {
            if whole.error != reference.error { fail("\(String(describing: whole.error)), not \(reference.error!)", input) }
        } else if whole != Outcome(records: reference.records, error: reference.error) {
            fail("reads otherwise than the reference reader", input)
        }
        for (previous, next) in zip(whole.records, whole.records.dropFirst()) where next.line < previous.line {
            fail("line \(next.line) after line \(previous.line)", input)
        }
        let written = serialise(whole.records)
        let reread = read(CSVReader(bytes: written, chunkSize: chunkSize, recordLimit: CSVReader.recordLengthLimit))
        if let error = reread.error { fail("the quoted copy does not read: \(error)", written) }
        if reread.records.map(\.fields) != whole.records.map(\.fields) { fail("the quoted copy reads otherwise", input) }
    }

    private static func read(_ reader: CSVReader) -> Outcome {
        var outcome = Outcome()
        do {
            try reader.forEachRecord { record in
                let fields = (0..<record.count).map { index in record.withField(index) { Array($0) } }
                outcome.records.append(Record(line: record.line, fields: fields))
            }
        } catch let error as CSVReadError {
            outcome.error = error
        } catch {
            fail("an error that is not a CSVReadError: \(error)", [])
        }
        return outcome
    }

    /// RFC 4180 with every field quoted and quotes doubled, records ended by LF.
    private static func serialise(_ records: [Record]) -> [UInt8] {
        var bytes: [UInt8] = []
        for record in records {
            for (index, field) in record.fields.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(UInt8(ascii: "\""))
                for byte in field {
                    bytes.append(byte)
                    if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                }
                bytes.append(UInt8(ascii: "\""))
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    private static func fail(_ what: String, _ input: [UInt8]) -> Never {
        let report = "ethos csv fuzz oracle: \(what)\n\(String(decoding: input.prefix(4_000), as: UTF8.self))\n"
        var text = report
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        abort()
    }
}
