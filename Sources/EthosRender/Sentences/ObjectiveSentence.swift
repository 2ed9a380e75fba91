import EthosModel

/// Turns a standard's objective into one plain-language sentence per locale:
/// "90% of calls are answered within 2 minutes."
///
/// Every output that states a standard uses this one function, so the wording is the same
/// in the document, the site, the checklists and the packs. Locales without their own
/// wording (other than `en`, `de`, `sl`, `nb`) get the English sentence.
public enum ObjectiveSentence {
    /// The sentence for `standard` in `locale`; the KPI and channel are looked up in `philosophy`.
    public static func make(for standard: ServiceStandard, in philosophy: Philosophy, locale: LocaleID) -> String {
        make(for: standard, in: philosophy, locale: locale, catalog: philosophy.kpiCatalog)
    }

    /// The sentence for `standard` in `locale`, with the KPI looked up in `catalog`, the
    /// philosophy's own (``RenderContext`` builds it once for every sentence).
    static func make(for standard: ServiceStandard, in philosophy: Philosophy, locale: LocaleID,
                     catalog: KPICatalog) -> String {
        let phrases = ObjectivePhrases.for(locale)
        let format = LocalizedFormat(phrases.usesOwnFormats ? locale : "en")
        let kpi = catalog.kpi(standard.kpi)
        let kpiName = kpi?.displayName(in: locale, defaultLocale: philosophy.defaultLocale) ?? standard.kpi
        switch standard.objective {
        case .atLeast(let target):
            return phrases.atLeast(kpiName, format.measure(target))
        case .atMost(let target):
            return phrases.atMost(kpiName, format.measure(target))
        case .share(let share, let within):
            let kind = philosophy.channels.first { $0.name == standard.channel }?.kind
            let subject = phrases.subject(kind)
            let (percent, duration) = (format.percent(share), format.duration(within))
            switch kpi.map({ KPI.lookupKey($0.id) }) {
            case "frt": return phrases.answeredWithin(percent, subject, duration)
            case "aht": return phrases.handledWithin(percent, subject, duration)
            default: return phrases.kpiWithin(percent, subject, phrases.insideSentence(kpiName), duration)
            }
        }
    }
}
