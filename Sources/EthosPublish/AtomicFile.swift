import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes single output files (a document, a checklist, a pack) so that an interrupted run
/// leaves the previous file intact: the bytes go to a temporary file beside the target, which
/// is then renamed over it in one step.
public enum AtomicFile {
    /// Writes `data` to `path` through a temporary file and a rename.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).ethos-tmp-\(getpid())").path
        do {
            try PlainFile.write(data, to: temporary)
            guard rename(temporary, path) == 0 else { throw PublishError.system("rename", path, errno) }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
