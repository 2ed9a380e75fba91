extension PhilosophyChecker {
    /// Supplied labels name only listed locales, like texts; a listed locale that would show
    /// labels in English gets one summary warning (``labelFallbacks(in:)``).
    mutating func checkLabels() {
        let listed = Set(philosophy.locales + philosophy.locales.compactMap(\.likelyIntended))
        for locale in philosophy.labels.texts.keys.sorted() where !listed.contains(locale) {
            report(.unlistedLocale, "'\(locale)' is not listed under 'locales'",
                   fix: "add it to 'locales' or remove its labels", at: FieldPath.philosophy.labels.key(locale.tag))
        }
        for finding in Self.labelFallbacks(in: philosophy) {
            report(finding.rule, finding.message, severity: finding.severity, fix: finding.fix, at: finding.path)
        }
    }

    /// One `labels-fallback` warning for each listed locale that Ethos ships no labels for and
    /// that lacks supplied words for some: its pages show those labels in English. Said once
    /// per locale, at its entry in `locales`, with how many labels fall back and how to fix it;
    /// a tag that is malformed or mistaken (`no` for `nb`) has its own error instead.
    public static func labelFallbacks(in philosophy: Philosophy) -> [Diagnostic] {
        philosophy.locales.enumerated().compactMap { index, locale in
            let missing = philosophy.labels.fallbackCount(for: locale)
            guard missing > 0, LocaleID.isWellFormed(locale.tag), locale.likelyIntended == nil else { return nil }
            return Diagnostic(
                .warning, .labelsFallback,
                "Ethos ships no '\(locale)' labels: \(missing) of \(LabelKey.allCases.count) labels "
                    + "(headings, navigation, checklist words) are shown in English",
                fix: "supply them with 'ethos translate export --labels --locale \(locale)' "
                    + "or a 'labels: \(locale):' section, or with --labels FILE",
                at: FieldPath.philosophy.locales(index))
        }
    }
}
