import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes and compares the files of a site being built. Files go into a staging folder that
/// is swapped in whole, so they are written plainly: no temporary file and no `fsync` per
/// file (Foundation's `Data.write` does both, which made a 16,000-file build wait on the disk
/// for seconds). What protects readers is the swap, not each file.
enum PlainFile {
    /// Writes `data` to a new file at `path`, readable by all (0644); with `flushed`, waits
    /// until the bytes are on the disk, so a full disk is reported here and not lost later.
    static func write(_ data: Data, to path: String, flushed: Bool = false) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PublishError.system("create", path, errno) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw PublishError.system("write", path, errno)
                }
                offset += written
            }
        }
        if flushed, fsync(descriptor) != 0 { throw PublishError.system("write", path, errno) }
    }

    /// Whether the regular file at `path` (not a link to one) holds exactly `data`.
    static func holds(_ path: String, _ data: Data) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == data.count,
              let contents = FileManager.default.contents(atPath: path) else { return false }
        return contents == data
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
