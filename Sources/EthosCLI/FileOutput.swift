import EthosPublish
import Foundation

/// Where command output goes: standard output and error, and files written atomically.
enum FileOutput {
    case standardOutput, standardError

    func write(_ text: String) {
        let handle: FileHandle = self == .standardOutput ? .standardOutput : .standardError
        handle.write(Data(text.utf8))
    }

    /// Writes `text` to `path` through a temporary file and a rename, so an interrupted run
    /// or a full disk leaves the previous file intact.
    static func writeAtomically(_ text: String, to path: String) throws {
        try AtomicFile.write(Data(text.utf8), to: path)
    }
}
