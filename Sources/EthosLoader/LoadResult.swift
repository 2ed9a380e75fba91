import EthosModel

/// What loading a philosophy file gives: the model when it is valid, and every finding.
public struct LoadResult: Sendable {
    /// The philosophy; `nil` when any error was found (warnings alone keep it).
    public let philosophy: Philosophy?
    /// Every error and warning, sorted by position in the file.
    public let diagnostics: [Diagnostic]
    /// Where each field of the model was written, for tools that report on the model later.
    public let locations: FieldLocations
    /// The texts marked `# translate`: copies that still count as untranslated.
    public var translationMarks: TranslationMarks = .none

    /// Whether any finding is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
