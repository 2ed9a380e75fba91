#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file's bytes with plain system calls: at most `limit + 1` of them, so a huge file
/// or an endless stream (`/dev/zero`) costs no more memory than the limit, and a failure
/// carries the system's own reason (`Permission denied`, `Input/output error`).
enum FileBytes {
    enum Failure: Error, Equatable {
        case missing
        case directory
        /// Over the limit: the size when the file says it, `nil` for a stream read up to the limit.
        case tooLarge(Int?)
        case unreadable(String)
    }

    static func read(path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(errno == ENOENT ? .missing : .unreadable(reason(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(reason(errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .failure(.directory) }
        if (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) > limit { return .failure(.tooLarge(Int(status.st_size))) }

        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1_024)
        while bytes.count <= limit {
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, wanted) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason(errno)))
            }
            bytes += chunk[..<count]
        }
        return bytes.count > limit ? .failure(.tooLarge(nil)) : .success(bytes)
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
