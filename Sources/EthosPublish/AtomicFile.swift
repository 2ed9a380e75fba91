import CEthosSystem
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole file or nothing: the bytes go to a hidden temporary file beside the target,
/// which is flushed to disk and renamed over it, and the rename is flushed too. An
/// interrupted run, a power cut or a full disk leaves the previous file and no temporary one;
/// an error names the file and the system's reason (`No space left on device`).
package enum AtomicFile {
    /// Writes `data` to `path`, replacing what is there only once all of it is written.
    package static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).ethos-\(getpid()).tmp").path
        do {
            try PlainFile.write(data, to: temporary, flushed: true)
            guard rename(temporary, path) == 0 else { throw PublishError.system("write", path, errno) }
            guard ethos_sync_folder(url.deletingLastPathComponent().path) == 0 else {
                throw PublishError.system("flush", path, errno)
            }
        } catch let PublishError.system(call, _, code) {
            unlink(temporary)
            throw PublishError.system(call, path, code)
        }
    }
}
