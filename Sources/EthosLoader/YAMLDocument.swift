import EthosModel
import Yams

/// A YAML file other than a philosophy (a scorecard's column map), read through the same
/// guarded stages as a philosophy: size, UTF-8, alias limits, the parse, nesting. Every node
/// keeps its mark, for located errors.
package enum YAMLDocument {
    /// The largest file read.
    package static let maximumFileSize = 1_024 * 1_024

    /// The tree of the file at `path`, or the one error that stops it from being read;
    /// `file` names it in diagnostics.
    package static func load(path: String, file: String) -> Result<Node, Diagnostic> {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let bytes: [UInt8]
        switch FileBytes.read(path: path, limit: maximumFileSize) {
        case .success(let read): bytes = read
        case .failure(.missing): return .failure(Diagnostic(.error, .fileUnreadable, "no such file", location: start))
        case .failure(.directory): return .failure(Diagnostic(.error, .fileUnreadable, "this is a directory, not a file", location: start))
        case .failure(.tooLarge): return .failure(Diagnostic(.error, .fileTooLarge, "the file is larger than 1 MiB", location: start))
        case .failure(.unreadable(let reason)):
            return .failure(Diagnostic(.error, .fileUnreadable, "the file cannot be read: \(reason)", location: start))
        }
        return SourceText.decode(bytes, file: file)
            .flatMap { KeyExpansionLimit.check($0, file: file) }
            .flatMap { YAMLTree.compose($0, file: file) }
            .flatMap { StructureLimits.check($0, file: file) }
    }
}
