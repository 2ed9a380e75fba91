import EthosScore
import Testing

@Suite struct CSVReaderTests {
    @Test func readsRecordsWithTheirLines() throws {
        let reader = CSVReader(bytes: Array("id,team\r\n1,Support\n\n2,Returns".utf8))
        var records: [(Int, [String])] = []
        try reader.forEachRecord { record in
            records.append((record.line, (0..<record.count).map(record.string(at:))))
        }
        #expect(records.map(\.0) == [1, 2, 4])
        #expect(records.map(\.1) == [["id", "team"], ["1", "Support"], ["2", "Returns"]])
    }
}
