import Foundation
import Subprocess

/// Reads a file as an earlier commit holds it, with `git show REV:./FILE` started in the
/// file's folder, so `ethos diff FILE --git REV` can compare a philosophy with its past.
public enum GitRevision {
    /// The most bytes read: past it the file is over the philosophy's size limit anyway.
    static let byteLimit = 16 << 20

    /// The bytes of `path` at `revision` (a commit, branch, tag or `HEAD~2`).
    public static func read(_ path: String, at revision: String) async throws(GitError) -> [UInt8] {
        guard !revision.isEmpty, !revision.hasPrefix("-"), !revision.contains(":") else {
            throw .badRevision(revision)
        }
        let file = URL(fileURLWithPath: path)
        let folder = file.deletingLastPathComponent().path
        let arguments = ["-C", folder, "show", "\(revision):./\(file.lastPathComponent)"]
        let (succeeded, bytes, messages): (Bool, [UInt8], String)
        do {
            let result = try await Subprocess.run(.name("git"), arguments: Arguments(arguments),
                                                  output: .bytes(limit: byteLimit), error: .string(limit: 1 << 16))
            (succeeded, bytes, messages) = (result.terminationStatus.isSuccess, result.standardOutput,
                                            result.standardError)
        } catch {
            throw .notStarted("\(error)")
        }
        guard succeeded else {
            let message = messages.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
            throw .failed(revision: revision, path: path, message: message)
        }
        return bytes
    }
}

/// Why an earlier version of a file could not be read from git.
public enum GitError: Error, CustomStringConvertible, Sendable {
    /// The revision is empty, starts with `-` or holds a `:`.
    case badRevision(String)
    /// `git` could not be started (not installed, not on `PATH`).
    case notStarted(String)
    /// `git show` failed: not a repository, an unknown revision, a file the revision lacks.
    case failed(revision: String, path: String, message: String)

    public var description: String {
        switch self {
        case .badRevision(let revision):
            "'\(revision)' is not a git revision; name a commit, branch or tag such as HEAD~1 or v1.0"
        case .notStarted(let reason):
            "cannot start git (\(reason)); install git or compare two files instead: ethos diff OLD NEW"
        case .failed(let revision, let path, let message):
            "cannot read \(path) at \(revision) from git" + (message.isEmpty ? "" : ": \(message)")
        }
    }
}
