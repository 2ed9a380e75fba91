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
    /// The target does not exist, and its parent folder (the second path) may not be written.
    case parentNotWritable(String, String)
    /// The target exists, but the build may not write into it.
    case targetNotWritable(String)
    /// The staging folder (`--staging`, the first path) is on another file system than the target.
    case stagingOnOtherFileSystem(String, String)
    /// The target's file system cannot exchange two entries in one step (the target, its
    /// parent, the reason), so the site cannot be replaced inside the target without readers
    /// seeing it half replaced.
    case noAtomicExchange(String, String, Int32)
    /// A swap inside the target failed part way: the site is part old, part new.
    case swapIncomplete(String, Int32)
    /// Pagefind (the executable) failed to index the site, for the reason given.
    case searchIndex(String, String)

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
        case .parentNotWritable(let path, let parent):
            "cannot create \(path): you may not write to \(parent); create \(path) (writable by you) and build"
                + " again, which builds inside it, or get write access to \(parent)"
        case .targetNotWritable(let path):
            "cannot write into \(path): permission denied; get write access to it, or choose another -o"
        case .stagingOnOtherFileSystem(let staging, let path):
            "--staging \(staging) is on another file system than \(path), and files cannot move between file"
                + " systems in one step; choose a staging folder on the file system of \(path), or leave out"
                + " --staging to stage inside it"
        case .noAtomicExchange(let path, let parent, let code):
            "cannot replace the site inside \(path): its file system cannot exchange two entries in one step"
                + " (\(String(cString: strerror(code)))), so readers would see a half-replaced site; get write"
                + " access to \(parent), where the whole folder is swapped at once, or build into a new folder"
                + " and point the web server at it"
        case .searchIndex(let executable, let reason):
            "\(executable) could not index the site (\(reason)); the site was left as it was. Build with"
                + " --no-search to publish it without search"
        case .swapIncomplete(let path, let code):
            "the site in \(path) was replaced only in part (\(String(cString: strerror(code))));"
                + " build again to finish it"
        }
    }
}
