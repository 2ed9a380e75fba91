/// What one build of the preview gave.
public enum PreviewBuild: Sendable, Equatable {
    /// The site was built into the preview's folder.
    case built
    /// The inputs have problems, so the site was not built: each as the command line prints
    /// it, `file:line:col: error: message [rule-id]`. Every page shows them until a build
    /// succeeds.
    case problems([String])
}
