#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#endif

/// Where a `CSVScanner` gets its bytes from, a buffer-full at a time.
protocol CSVByteSource {
    /// Copies the next bytes into `buffer` and returns how many; 0 only at the end.
    mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(CSVReadError) -> Int
}

/// An open file, read with `read(2)`: the file is never held whole in memory, nor mapped
/// (mapped pages would count as the process's resident memory).
struct CSVFileSource: CSVByteSource {
    let descriptor: CInt
    let path: String

    mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(CSVReadError) -> Int {
        while true {
            #if canImport(Darwin)
            let count = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
            #else
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            #endif
            if count >= 0 { return count }
            if errno != EINTR { throw .unreadable(path: path, reason: systemError()) }
        }
    }
}

/// Bytes already in memory, handed out in pieces no bigger than the scanner's buffer so that
/// tests and the fuzzer go through the same chunk boundaries as a file.
struct CSVArraySource: CSVByteSource {
    let bytes: [UInt8]
    var offset = 0

    mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(CSVReadError) -> Int {
        let count = min(buffer.count, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBufferPointer { source in
            _ = buffer.initialize(from: UnsafeBufferPointer(rebasing: source[offset..<offset + count]))
        }
        offset += count
        return count
    }
}

/// The system's text for the current `errno`.
func systemError() -> String {
    String(cString: strerror(errno))
}
