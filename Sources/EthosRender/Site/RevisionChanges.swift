import EthosModel

/// What changed in each revision, line by line and in each locale's words, for the site's
/// "What changed" page: the lines it lists under a revision's summary.
///
/// Ethos does not work the lines out here; a caller that compares two philosophies (the
/// previous file, or the file at an earlier git revision) supplies them by version.
public struct RevisionChanges: Sendable, Hashable {
    /// The lines by revision version, then by locale.
    public var lines: [String: [LocaleID: [String]]]

    /// Changes by version, then locale; `[:]` for none.
    public init(_ lines: [String: [LocaleID: [String]]] = [:]) {
        self.lines = lines
    }

    /// The lines of `version` in `locale`; `nil` when none are given, so the page shows none.
    public func lines(of version: String, in locale: LocaleID) -> [String]? {
        lines[version]?[locale]
    }
}
