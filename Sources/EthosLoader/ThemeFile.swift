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
    /// a pair that falls short is this file's problem when it sets one of the two colours. A
    /// footer link's text in a locale that `locales` does not list is an error, as in the
    /// philosophy.
    public static func load(path: String, over base: SiteTheme?, locales: [LocaleID]) throws(Problems) -> SiteTheme {
        switch YAMLDocument.load(path: path, file: path) {
        case .failure(let problem):
            throw Problems(diagnostics: [problem])
        case .success(let root):
            let reader = NodeReader(file: path)
            let theme = PhilosophyReader(reader: reader, folder: PhilosophyLoader.folder(of: path)).site(root, at: .root, over: base)
            let listed = Set(locales + locales.compactMap(\.likelyIntended))
            let unlisted = theme.footerLinks.enumerated().flatMap { index, link in
                link.text.translations.keys.sorted().filter { !listed.contains($0) }.map { locale in
                    reader.locations.locate(Diagnostic(
                        .error, .unlistedLocale, "'\(locale)' is not listed under 'locales' of the philosophy",
                        fix: "add it to 'locales' or remove this translation",
                        at: FieldPath.root.key("footer-links").index(index).key("text").key(locale.tag)))
                }
            }
            let problems = Diagnostic.sortedByPosition(reader.diagnostics + unlisted)
            guard problems.isEmpty else { throw Problems(diagnostics: problems) }
            return (base ?? SiteTheme()).overridden(by: theme)
        }
    }
}
