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
        let bytes: [UInt8]
        switch FileBytes.read(path: path, limit: maximumFileSize) {
        case .success(let read): bytes = read
        case .failure(let failure): return .failure(failure.diagnostic(file: file, kind: "a file", limit: "1 MiB"))
        }
        return SourceText.decode(bytes, file: file).flatMap { YAMLTree.read($0, file: file) }
    }
}
