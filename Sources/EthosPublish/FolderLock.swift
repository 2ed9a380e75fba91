import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on a target folder, held through a lock file while a build runs, so two
/// builds into the same folder never mix: beside the folder (`.site.ethos-lock`), or inside it
/// (`site/.ethos-lock`) when the folder above may not be written. The system releases the
/// lock when the process ends, however it ends; a build that ends normally also removes the
/// file, and one that was killed leaves it for the next to reuse.
struct FolderLock {
    /// The lock file's name inside a target folder.
    static let insideName = ".ethos-lock"

    private let descriptor: Int32
    private let path: String

    /// The lock beside `target`.
    init(beside target: URL) throws {
        try self.init(path: target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).ethos-lock").path, target: target)
    }

    /// The lock inside `target`, which must exist.
    init(inside target: URL) throws {
        try self.init(path: target.appendingPathComponent(Self.insideName).path, target: target)
    }

    private init(path: String, target: URL) throws {
        self.path = path
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw PublishError.system("open", path, errno) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                close(descriptor)
                throw PublishError.locked(target.path)
            }
            // The build that held the lock may have removed the file between this one's open
            // and flock: the lock is then on a file no other build can find. Start again.
            var opened = stat()
            var named = stat()
            if fstat(descriptor, &opened) == 0, stat(path, &named) == 0,
               opened.st_dev == named.st_dev, opened.st_ino == named.st_ino {
                self.descriptor = descriptor
                return
            }
            close(descriptor)
        }
    }

    /// Removes the lock file and releases the lock; removing first, while the lock is held,
    /// so no other build can take a lock on the file after it is gone.
    func release() {
        unlink(path)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
