import EthosModel

/// The render context of each locale a philosophy lists, made once for a site or a set of
/// packs; what does not depend on the locale (the KPI catalogue, the slugs) is shared by all.
struct RenderContexts: Sendable {
    let philosophy: Philosophy
    /// The KPIs the philosophy uses, in the order a reader meets them.
    let kpisInUse: [KPI]
    /// Every value's and team's slug, shared by the locales.
    let slugs: PageSlugs
    private let contexts: [LocaleID: RenderContext]

    init(_ philosophy: Philosophy) {
        self.philosophy = philosophy
        let catalog = philosophy.kpiCatalog
        let kpisInUse = KPIUsage(philosophy, catalog: catalog).kpis
        self.kpisInUse = kpisInUse
        let pageSlugs = PageSlugs(philosophy)
        slugs = pageSlugs
        // Each locale's labels and sentences, on all cores.
        contexts = Dictionary(uniqueKeysWithValues: zip(philosophy.locales, philosophy.locales.concurrentMap {
            RenderContext(philosophy, locale: $0, catalog: catalog, kpisInUse: kpisInUse, pageSlugs: pageSlugs)
        }))
    }

    /// The context of `locale` (made on the spot for a locale the philosophy does not list,
    /// as the default is for a model with no locales).
    subscript(_ locale: LocaleID) -> RenderContext {
        contexts[locale] ?? RenderContext(philosophy, locale: locale)
    }
}
