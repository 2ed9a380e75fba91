import EthosScore
import Foundation
import Testing

/// The records of `text` as (line, fields), read through the public API.
private func records(_ text: String) throws -> [Row] {
    try records(CSVReader(bytes: Array(text.utf8)))
}

private func records(_ reader: CSVReader) throws -> [Row] {
    var rows: [Row] = []
    try reader.forEachRecord { record in
        rows.append(Row(line: record.line, fields: (0..<record.count).map(record.string(at:))))
    }
    return rows
}

private struct Row: Equatable, CustomStringConvertible {
    let line: Int
    let fields: [String]
    init(line: Int, fields: [String]) { (self.line, self.fields) = (line, fields) }
    init(_ line: Int, _ fields: String...) { self.init(line: line, fields: fields) }
    var description: String { "\(line): \(fields)" }
}

/// The error reading `bytes` throws, with a buffer of `chunkSize` bytes.
private func readError(_ bytes: [UInt8], chunkSize: Int = 1 << 20, recordLimit: Int = 16 << 20) -> CSVReadError? {
    do {
        try CSVReader(bytes: bytes, chunkSize: chunkSize, recordLimit: recordLimit).forEachRecord { _ in }
        return nil
    } catch {
        return error as? CSVReadError
    }
}

private func fixture(_ name: String) -> String {
    Bundle.module.url(forResource: "Fixtures/csv/\(name)", withExtension: nil)!.path
}

/// Small buffers put every byte of the corpus at a chunk boundary at least once.
private let chunkSizes = [4, 5, 7, 16, 64]

@Suite struct CSVReaderTests {
    @Test func readsRecordsWithTheirLines() throws {
        #expect(try records("id,team\r\n1,Support\n\n2,Returns") == [
            Row(1, "id", "team"), Row(2, "1", "Support"), Row(4, "2", "Returns"),
        ])
    }

    @Test func quotedNewlinesStayInTheFieldAndShiftTheNextRecordsLine() throws {
        #expect(try records("a,\"x\ny\nz\"\nb,c\n") == [Row(1, "a", "x\ny\nz"), Row(4, "b", "c")])
    }

    @Test func doubledQuotesInsideQuotesAreOneQuote() throws {
        #expect(try records("\"say \"\"hi\"\"\",\"\"\"\"\n") == [Row(1, "say \"hi\"", "\"")])
    }

    @Test func commasInsideQuotesAreData() throws {
        #expect(try records("\"a, b\",c\n") == [Row(1, "a, b", "c")])
    }

    @Test func emptyFieldsAreKept() throws {
        #expect(try records(",,\n\"\"\nx,\n") == [Row(1, "", "", ""), Row(2, ""), Row(3, "x", "")])
    }

    @Test func crlfEndsARecordButACarriageReturnInsideQuotesIsData() throws {
        #expect(try records("a,b\r\n\"c\r\nd\",\"e\r\"\r\n") == [Row(1, "a", "b"), Row(2, "c\r\nd", "e\r")])
    }

    @Test func theLastLineMayLackItsNewline() throws {
        #expect(try records("a\nb") == [Row(1, "a"), Row(2, "b")])
        #expect(try records("a\n\"b\"") == [Row(1, "a"), Row(2, "b")])
        #expect(try records("a,") == [Row(1, "a", "")])
    }

    @Test func blankLinesGiveNoRecordButCountAsLines() throws {
        #expect(try records("\n\na\r\n\r\n\nb\n\n") == [Row(3, "a"), Row(6, "b")])
        #expect(try records("") == [])
        #expect(try records("\r\n") == [])
    }

    @Test func aLineOfSpacesIsARecord() throws {
        #expect(try records(" \n") == [Row(1, " ")])
    }

    @Test func aQuoteInsideAnUnquotedFieldIsData() throws {
        #expect(try records("ab\"c,d\"\n") == [Row(1, "ab\"c", "d\"")])
    }

    @Test func textAfterAClosingQuoteIsAppended() throws {
        #expect(try records("\"ab\"c,\"a\"b\"c\"\n") == [Row(1, "abc", "ab\"c\"")])
    }

    @Test func aByteOrderMarkAtTheStartIsDropped() throws {
        #expect(try records("\u{FEFF}id\n\u{FEFF}x\n") == [Row(1, "id"), Row(2, "\u{FEFF}x")])
    }

    @Test func withFieldHandsOutTheUnquotedBytes() throws {
        var fields: [[UInt8]] = []
        try CSVReader(bytes: Array("plain,\"quoted\",\"dou\"\"bled\"\n".utf8)).forEachRecord { record in
            for index in 0..<record.count { fields.append(record.withField(index) { Array($0) }) }
        }
        #expect(fields == [Array("plain".utf8), Array("quoted".utf8), Array("dou\"bled".utf8)])
    }

    @Test func aFileWithBOMAndCRLFReadsLikeItsText() throws {
        #expect(try records(CSVReader(path: fixture("bom-crlf.csv"))) == [
            Row(1, "id", "team", "note"), Row(2, "1", "Support", "two\r\nlines"),
            Row(5, "2", "Returns", "say \"hi\""), Row(6, "3", "", "last line without newline"),
        ])
    }

    @Test func aFileWithQuotedNewlinesGivesEachRecordItsStartingLine() throws {
        #expect(try records(CSVReader(path: fixture("quoted-newlines.csv"))).map(\.line) == [1, 2, 5, 7])
    }

    @Test func lenientQuotesReadAsPythonsCSVReadsThem() throws {
        #expect(try records(CSVReader(path: fixture("lenient-quotes.csv"))) == [
            Row(1, "id", "note"), Row(2, "1", "ab\"c"), Row(3, "2", "abc"), Row(4, "3", "a\"b"), Row(5, "4", "", ""),
        ])
    }

    @Test(arguments: ["bom-crlf.csv", "quoted-newlines.csv", "lenient-quotes.csv"])
    func recordsAcrossChunkBoundariesReadAsInOneChunk(name: String) throws {
        let whole = try records(CSVReader(path: fixture(name)))
        for chunkSize in chunkSizes {
            let chunked = try records(CSVReader(path: fixture(name), chunkSize: chunkSize, recordLimit: 1 << 20))
            #expect(chunked == whole, "chunk size \(chunkSize)")
        }
    }

    @Test func aRecordLongerThanTheChunkGrowsTheBuffer() throws {
        let long = String(repeating: "x", count: 100)
        let text = "a\n\(long),\"\(long)\n\(long)\"\nb\n"
        let rows = try records(CSVReader(bytes: Array(text.utf8), chunkSize: 8, recordLimit: 1000))
        #expect(rows == [Row(1, "a"), Row(2, long, "\(long)\n\(long)"), Row(4, "b")])
    }

    @Test func invalidUTF8NamesTheLineOfTheByte() throws {
        #expect(readError(Array(try Data(contentsOf: URL(fileURLWithPath: fixture("not-utf8.csv"))))) == .notUTF8(line: 5))
        // Inside a quoted field, the line of the byte, not of the record.
        let bytes = Array("a\n\"x\ny\n".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)
        for chunkSize in chunkSizes + [1 << 20] {
            #expect(readError(bytes, chunkSize: chunkSize) == .notUTF8(line: 4), "chunk size \(chunkSize)")
        }
    }

    @Test func overlongAndSurrogateEncodingsAreNotUTF8() {
        #expect(readError([0xC0, 0xAF]) == .notUTF8(line: 1))
        #expect(readError([0xED, 0xA0, 0x80]) == .notUTF8(line: 1))
        #expect(readError([0xF4, 0x90, 0x80, 0x80]) == .notUTF8(line: 1))
        #expect(readError(Array("ok\n".utf8) + [0xE2, 0x82]) == .notUTF8(line: 2))
    }

    @Test func anUnclosedQuoteNamesTheLineWhereItOpens() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: fixture("unclosed-quote.csv"))))
        for chunkSize in chunkSizes + [1 << 20] {
            #expect(readError(bytes, chunkSize: chunkSize) == .unclosedQuote(line: 3), "chunk size \(chunkSize)")
        }
        #expect(readError(Array("a\nb\n\nc,\"d\ne".utf8)) == .unclosedQuote(line: 4))
    }

    @Test func aRecordLongerThanTheLimitIsAnError() {
        let record = Array(String(repeating: "y", count: 30).utf8)
        let bytes = Array("a\n".utf8) + record + Array("\nb\n".utf8)
        #expect(readError(bytes, chunkSize: 8, recordLimit: 20) == .recordTooLong(line: 2, limit: 20))
        #expect(readError(bytes, chunkSize: 64, recordLimit: 20) == .recordTooLong(line: 2, limit: 20))
        // An unclosed quote swallows the rest of the input into one record, and meets the limit.
        let swallowed = Array("a\n\"".utf8) + Array(repeating: UInt8(ascii: "z"), count: 100)
        #expect(readError(swallowed, chunkSize: 8, recordLimit: 20) == .recordTooLong(line: 2, limit: 20))
    }

    @Test func aRecordOfExactlyTheLimitIsRead() throws {
        let record = String(repeating: "y", count: 20)
        let rows = try records(CSVReader(bytes: Array("\(record)\r\n\(record)".utf8), chunkSize: 4, recordLimit: 20))
        #expect(rows == [Row(1, record), Row(2, record)])
    }

    @Test func errorsOfTheCallbackAreRethrownUnchanged() {
        struct Stop: Error, Equatable {}
        #expect(throws: Stop()) {
            try CSVReader(bytes: Array("a\nb\n".utf8)).forEachRecord { _ in throw Stop() }
        }
    }

    @Test func aMissingFileIsUnreadable() {
        #expect(throws: CSVReadError.unreadable(path: "/nonexistent/x.csv", reason: "No such file or directory")) {
            try CSVReader(path: "/nonexistent/x.csv")
        }
        #expect(throws: CSVReadError.unreadable(path: "/tmp", reason: "it is a folder")) {
            try CSVReader(path: "/tmp")
        }
    }

    @Test func theByteCountIsTheFilesSize() throws {
        #expect(try CSVReader(path: fixture("quoted-newlines.csv")).byteCount == 49)
    }
}
