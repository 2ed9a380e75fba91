import EthosModel

/// A labels file (`--labels FILE`): words for Ethos's built-in labels, shaped like the
/// philosophy's `labels:` section (locale, then label key, then text) and checked the same
/// way, each problem located in the file.
public enum LabelsFile {
    /// Every problem found in a labels file.
    public struct Problems: Error {
        /// The problems, in the order of the file.
        public let diagnostics: [Diagnostic]
    }

    /// The labels in the file at `path`; `file` names it in problems (default: `path`). A
    /// locale that `locales` does not list is an error, as in the `labels:` section.
    public static func load(path: String, file: String? = nil, locales: [LocaleID]) throws(Problems) -> SuppliedLabels {
        let name = file ?? path
        switch YAMLDocument.load(path: path, file: name) {
        case .failure(let problem):
            throw Problems(diagnostics: [problem])
        case .success(let root):
            let reader = NodeReader(file: name)
            let labels = PhilosophyReader(reader: reader).labels(root, at: .root)
            let listed = Set(locales + locales.compactMap(\.likelyIntended))
            let unlisted = labels.texts.keys.sorted().filter { !listed.contains($0) }.map { locale in
                reader.locations.locate(Diagnostic(
                    .error, .unlistedLocale, "'\(locale)' is not listed under 'locales' of the philosophy",
                    fix: "add it to 'locales' or remove its labels", at: FieldPath.root.key(locale.tag)))
            }
            let problems = Diagnostic.sortedByPosition(reader.diagnostics + unlisted)
            guard problems.isEmpty else { throw Problems(diagnostics: problems) }
            return labels
        }
    }
}
