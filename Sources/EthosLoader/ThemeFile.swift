import EthosModel

/// A theme file (`ethos build --theme FILE`): the keys of the philosophy's `site:` section as
/// a file of their own, checked the same way, each problem located in the file and its logo
/// found relative to it.
public enum ThemeFile {
    /// Every problem found in a theme file.
    public struct Problems: Error {
        /// The problems, in the order of the file.
        public let diagnostics: [Diagnostic]
    }

    /// The theme in the file at `path` laid over `base` (the philosophy's `site:` section, if
    /// any): see `SiteTheme.overridden(by:)`. The merged colours are checked for contrast;
    /// a pair that falls short is this file's problem when it sets one of the two colours.
    public static func load(path: String, over base: SiteTheme?) throws(Problems) -> SiteTheme {
        switch YAMLDocument.load(path: path, file: path) {
        case .failure(let problem):
            throw Problems(diagnostics: [problem])
        case .success(let root):
            let reader = NodeReader(file: path)
            let theme = PhilosophyReader(reader: reader, folder: PhilosophyLoader.folder(of: path)).site(root, at: .root, over: base)
            guard reader.diagnostics.isEmpty else { throw Problems(diagnostics: Diagnostic.sortedByPosition(reader.diagnostics)) }
            return (base ?? SiteTheme()).overridden(by: theme)
        }
    }
}
