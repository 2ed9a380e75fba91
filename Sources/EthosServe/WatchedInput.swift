import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or folder whose change makes the preview rebuild.
public enum WatchedInput: Sendable, Hashable {
    /// One file, such as the philosophy or a labels file.
    case file(String)
    /// Every file under a folder, such as `--templates`, added and removed ones included.
    case folder(String)

    /// The stamps of the files this input covers now, by path: a missing file has none.
    func stamps() -> [String: FileStamp] {
        switch self {
        case .file(let path):
            return FileStamp.of(path).map { [path: $0] } ?? [:]
        case .folder(let root):
            var stamps: [String: FileStamp] = [:]
            let files = FileManager.default.enumerator(atPath: root)
            while let relative = files?.nextObject() as? String {
                let path = root + "/" + relative
                if let stamp = FileStamp.of(path) { stamps[path] = stamp }
            }
            return stamps
        }
    }
}

extension [WatchedInput] {
    /// The stamps of every file the inputs cover: two differ when a file was edited, replaced,
    /// added or removed.
    func stamps() -> [String: FileStamp] {
        reduce(into: [:]) { all, input in all.merge(input.stamps()) { first, _ in first } }
    }
}

/// What tells one version of a file from the next without reading it: its inode (an editor
/// that saves by renaming a new file over the old one makes a new one), size and
/// modification time to the nanosecond.
struct FileStamp: Hashable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let seconds: Int
    let nanoseconds: Int

    /// The stamp of the file at `path`, or `nil` when there is none (or it is a folder).
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return FileStamp(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                         seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec))
    }
}
