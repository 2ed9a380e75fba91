import EthosModel

extension RevisionChanges {
    /// The lines of `report` in each of its locales, substance first, under revision
    /// `version`: what the What changed page lists for a comparison with an earlier file.
    public init(_ report: ChangeReport, version: String) {
        var byLocale: [LocaleID: [String]] = [:]
        for locale in report.locales {
            let (substance, wording) = report.lines(in: locale)
            byLocale[locale] = substance + wording
        }
        self.init([version: byLocale])
    }
}
