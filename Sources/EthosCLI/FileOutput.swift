import EthosPublish
import Foundation

/// Where command output goes: standard output and error, and files written atomically.
enum FileOutput {
    case standardOutput, standardError

    func write(_ text: String) {
        write(Data(text.utf8))
    }

    func write(_ data: Data) {
        let handle: FileHandle = self == .standardOutput ? .standardOutput : .standardError
        handle.write(data)
    }

    /// Writes `text` to `path` like ``writeAtomically(_:to:)-(Data,_)``.
    static func writeAtomically(_ text: String, to path: String) throws(OutputError) {
        try writeAtomically(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path` through a temporary file and a rename, so an interrupted run
    /// or a full disk leaves the previous file intact. Missing parent folders are created,
    /// as every command that writes does; an error names the file or folder it could not make.
    static func writeAtomically(_ data: Data, to path: String) throws(OutputError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: folder.path, underlying: error)
        }
        do {
            try AtomicFile.write(data, to: path)
        } catch {
            throw OutputError(path: path, underlying: error)
        }
    }
}
