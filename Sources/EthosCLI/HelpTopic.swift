/// A reference `ethos help` prints: the docs a copied binary has no files for.
enum HelpTopic: String, CaseIterable {
    /// `ethos help format`: the philosophy file, key by key (docs/format.md).
    case format
    /// `ethos help diagnostics`: every rule of `validate`, what triggers it and how to fix it.
    case diagnostics
    /// `ethos help lint-rules`: the advice `ethos lint` checks, rule by rule.
    case lintRules = "lint-rules"
    /// `ethos help scorecard`: `ethos score`'s maps, formulas, windows and output.
    case scorecard
    /// `ethos help openslo`: how `ethos export openslo` maps standards to OpenSLO.
    case openslo

    /// The file in the repository the binary carries a copy of.
    var source: String {
        switch self {
        case .format: "docs/format.md"
        case .diagnostics: "docs/diagnostics.md"
        case .lintRules: "docs/lint.md"
        case .scorecard: "docs/scorecard.md"
        case .openslo: "docs/openslo.md"
        }
    }

    /// The reference's text, as built into the binary.
    var text: String { BuiltInReferences.sources[source] ?? "" }
}
