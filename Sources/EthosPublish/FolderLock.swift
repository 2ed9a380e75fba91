import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on a target folder, held through a lock file beside it
/// (`.site.ethos-lock`) while a build runs, so two builds into the same folder never mix. The
/// system releases the lock when the process ends, however it ends; a build that ends
/// normally also removes the file, and one that was killed leaves it for the next to reuse.
struct FolderLock {
    private let descriptor: Int32
    private let path: String

    init(beside target: URL) throws {
        path = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).ethos-lock").path
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
