import ArgumentParser

/// How a checking command prints its findings.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    /// `file:line:col: error: message [rule]`, for people and editors.
    case text
    /// A JSON array with one object per finding, for other tools.
    case json
}
