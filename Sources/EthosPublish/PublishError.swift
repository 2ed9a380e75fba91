import Foundation

/// Why a site or a pack could not be written, with the path concerned.
public enum PublishError: Error, CustomStringConvertible, Sendable {
    /// The target is not a usable folder path (`/`, `.`, empty).
    case badTarget(String)
    /// The target exists and is a file.
    case notAFolder(String)
    /// The target holds files and was not made by Ethos.
    case foreignFolder(String)
    /// Another build holds the target's lock.
    case locked(String)
    /// A file or folder could not be written.
    case cannotWrite(String, any Error)
    /// A system call failed.
    case system(String, String, Int32)
    /// The new site is in place, but the disk reported an error while it was flushed.
    case notFlushed(String, Int32)

    public var description: String {
        switch self {
        case .badTarget(let path):
            "'\(path)' cannot hold a site; name a folder such as 'site'"
        case .notAFolder(let path):
            "\(path) is a file, not a folder; choose another -o"
        case .foreignFolder(let path):
            "\(path) already holds files that ethos did not write; choose an empty or new folder, or use --force to replace it"
        case .locked(let path):
            "another ethos build is writing \(path); wait for it to finish"
        case .cannotWrite(let path, let error):
            "cannot write \(path): \((error as NSError).localizedFailureReason ?? error.localizedDescription)"
        case .system(let call, let path, let code):
            "cannot \(call) \(path): \(String(cString: strerror(code)))"
        case .notFlushed(let path, let code):
            "\(path) is in place, but the disk failed while it was flushed (\(String(cString: strerror(code))));"
                + " check the disk and build again"
        }
    }
}
