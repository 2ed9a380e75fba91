import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on a target folder, held through a lock file beside it
/// (`.site.ethos-lock`), so two builds into the same folder never mix. The system releases it
/// when the process ends, however it ends.
struct FolderLock {
    private let descriptor: Int32

    init(beside target: URL) throws {
        let path = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).ethos-lock").path
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PublishError.system("open", path, errno) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw PublishError.locked(target.path)
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
