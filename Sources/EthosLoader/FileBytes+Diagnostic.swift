import EthosModel

extension FileBytes.Failure {
    /// The failure as a finding at the start of `file`, which should have been `kind`
    /// (`a philosophy file`) of at most `limit` (`10 MiB`).
    func diagnostic(file: String, kind: String, limit: String) -> Diagnostic {
        let start = SourceLocation(file: file, line: 1, column: 1)
        return switch self {
        case .missing: Diagnostic(.error, .fileUnreadable, "no such file", location: start)
        case .directory: Diagnostic(.error, .fileUnreadable, "this is a directory, not \(kind)", location: start)
        case .tooLarge: Diagnostic(.error, .fileTooLarge, "the file is larger than \(limit)", location: start)
        case .unreadable(let reason): Diagnostic(.error, .fileUnreadable, "the file cannot be read: \(reason)", location: start)
        }
    }
}
