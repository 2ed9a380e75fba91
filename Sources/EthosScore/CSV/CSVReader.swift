#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#endif

/// Reads a CSV file (RFC 4180) record by record, streaming it through a fixed buffer.
///
/// What it accepts:
/// - `,` separates fields; a field may be quoted with `"`, and then hold `,`, CR and LF, with
///   `""` for a quote. A quote inside an unquoted field is data, and so is text after a closing
///   quote (`"ab"c` reads `abc`), as Python's csv module reads them.
/// - A record ends with LF or CRLF; the last one may lack its line ending. A blank line (no
///   bytes before its LF or CRLF) gives no record but counts as a line.
/// - A UTF-8 byte order mark at the start of the file is dropped; everything else must be
///   UTF-8, or reading stops with `CSVReadError.notUTF8` naming the line of the first invalid
///   byte.
///
/// How it reads: in chunks of 1 MiB with `read(2)` (never the whole file, never mapped). A
/// record longer than a chunk grows the buffer, up to `recordLengthLimit` bytes: a longer
/// record stops reading with `CSVReadError.recordTooLong` (otherwise a stray quote would
/// swallow the file into one field), and a quote still open at the end of the file with
/// `CSVReadError.unclosedQuote`. Records before the problem have been handed out by then.
/// Memory stays at one buffer (1 MiB, or as long as the longest record) and 8 bytes per field
/// of the widest record (a process reading a 111 MB file of 1,000,000 rows peaked at 18 MB).
public struct CSVReader {
    /// The size of the reads from the file, and of the buffer unless a record needs more.
    public static let chunkSize = 1 << 20
    /// The longest record the reader accepts, in bytes without its line ending (16 MiB).
    public static let recordLengthLimit = 16 << 20

    private enum Input {
        case file(path: String)
        case bytes([UInt8])
    }

    private let input: Input
    private let chunkSize: Int
    private let recordLimit: Int
    /// The size of the input in bytes (of the file when the reader was made).
    public let byteCount: Int

    /// A reader of the file at `path`; throws `CSVReadError.unreadable` when it cannot be
    /// opened or is a folder.
    public init(path: String) throws(CSVReadError) {
        try self.init(path: path, chunkSize: Self.chunkSize, recordLimit: Self.recordLengthLimit)
    }

    /// A reader of `bytes`, which go through the same buffering as a file's.
    public init(bytes: [UInt8]) {
        self.init(bytes: bytes, chunkSize: Self.chunkSize, recordLimit: Self.recordLengthLimit)
    }

    /// A reader of the file at `path` with other buffer sizes, for tests of the boundaries.
    package init(path: String, chunkSize: Int, recordLimit: Int) throws(CSVReadError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: systemError()) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: systemError()) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw .unreadable(path: path, reason: "it is a folder") }
        input = .file(path: path)
        byteCount = Int(status.st_size)
        (self.chunkSize, self.recordLimit) = Self.checked(chunkSize: chunkSize, recordLimit: recordLimit)
    }

    /// A reader of `bytes` with other buffer sizes, for tests and the fuzzer.
    package init(bytes: [UInt8], chunkSize: Int, recordLimit: Int) {
        input = .bytes(bytes)
        byteCount = bytes.count
        (self.chunkSize, self.recordLimit) = Self.checked(chunkSize: chunkSize, recordLimit: recordLimit)
    }

    /// The buffer holds at least 4 bytes (a BOM and one more); offsets into it fit 31 bits.
    private static func checked(chunkSize: Int, recordLimit: Int) -> (Int, Int) {
        (min(max(chunkSize, 4), 1 << 29), min(max(recordLimit, 1), 1 << 29))
    }

    /// Calls `body` with each record in file order. Rethrows `body`'s errors unchanged and
    /// throws `CSVReadError` when the input cannot be read; records before that point have
    /// been handed to `body`.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        // A small input needs no more buffer than its size (one byte more sees its end).
        let capacity = min(chunkSize, max(byteCount + 1, 4))
        switch input {
        case .file(let path):
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw CSVReadError.unreadable(path: path, reason: systemError()) }
            defer { close(descriptor) }
            var scanner = CSVScanner(source: CSVFileSource(descriptor: descriptor, path: path),
                                     capacity: capacity, recordLimit: recordLimit)
            try scanner.run(body)
        case .bytes(let bytes):
            var scanner = CSVScanner(source: CSVArraySource(bytes: bytes), capacity: capacity, recordLimit: recordLimit)
            try scanner.run(body)
        }
    }
}
