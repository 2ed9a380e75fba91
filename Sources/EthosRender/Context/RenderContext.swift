import EthosModel

/// What every renderer needs to write a philosophy in one locale, worked out once: the
/// labels, the number formats, the KPI catalogue, each standard's objective sentence and the
/// pages' slugs. The document, the site and the packs share one per locale
/// (``RenderContexts``), so a page of a thousand never works them out again.
///
/// Texts come out plain, a translation taken from another language marked with its own
/// (``LanguageMarks``); the Markdown templates escape them as they are inserted.
struct RenderContext: Sendable {
    let philosophy: Philosophy
    let locale: LocaleID
    let labels: Labels
    let format: LocalizedFormat
    /// The built-in KPIs merged with the file's own definitions.
    let catalog: KPICatalog
    /// The KPIs the philosophy uses, in the order a reader meets them.
    let kpisInUse: [KPI]
    /// The objective sentence of each standard, in file order.
    let sentences: [String]
    /// Each recovery plan's response time, formatted (`1 hour`), in file order.
    let responseTimes: [String?]
    /// Where the site's pages are, relative to the page being rendered; `nil` outside a site.
    private(set) var links: SiteLinks?
    /// The objective sentences of the standards measuring each KPI, by lookup key.
    private let targetsByKPI: [String: [String]]
    /// Slugs, positions and team names, looked up without searching the lists.
    let slugs: PageSlugs

    /// The context of `philosophy` in `locale`.
    init(_ philosophy: Philosophy, locale: LocaleID) {
        let catalog = philosophy.kpiCatalog
        self.init(philosophy, locale: locale, catalog: catalog, kpisInUse: KPIUsage(philosophy, catalog: catalog).kpis,
                  pageSlugs: PageSlugs(philosophy))
    }

    /// The context in `locale`, with the parts that do not depend on the locale given.
    init(_ philosophy: Philosophy, locale: LocaleID, catalog: KPICatalog, kpisInUse: [KPI], pageSlugs: PageSlugs) {
        self.philosophy = philosophy
        self.locale = locale
        self.labels = Labels.for(locale, supplied: philosophy.labels)
        self.format = LocalizedFormat(labels.locale == "en" && locale.language != "en" ? "en" : locale)
        self.catalog = catalog
        self.kpisInUse = kpisInUse
        self.slugs = pageSlugs
        let sentences = philosophy.standards.map {
            ObjectiveSentence.make(for: $0, in: philosophy, locale: locale, catalog: catalog)
        }
        self.sentences = sentences
        let format = self.format
        self.responseTimes = philosophy.recovery.map { $0.respondWithin.map(format.duration) }
        // Appended in place: merging with `+` copies the list for each standard of a KPI,
        // quadratic in a file whose thousands of standards measure one KPI.
        var targetsByKPI: [String: [String]] = [:]
        for (standard, sentence) in zip(philosophy.standards, sentences) {
            targetsByKPI[KPI.lookupKey(standard.kpi), default: []].append(sentence)
        }
        self.targetsByKPI = targetsByKPI
    }

    /// This context for a page elsewhere in the site.
    func at(_ links: SiteLinks) -> RenderContext {
        var context = self
        context.links = links
        return context
    }

    /// The relative link to `page`'s file in `format`; `nil` outside a site.
    func link(to page: SitePage, _ format: DocumentFormat = .html) -> String? {
        links.map { $0.to(page, format, slugs: slugs) }
    }

    /// The slug `team`'s files are named by.
    func slug(of team: Team) -> String {
        slugs.slug(of: team) ?? philosophy.slug(of: team)
    }

    /// The slug `value`'s page is named by.
    func slug(of value: ServiceValue) -> String {
        slugs.slug(of: value) ?? philosophy.slug(of: value)
    }

    /// The position of the team the file refers to by `name`.
    func team(named name: String) -> Int? {
        slugs.team(named: name)
    }

    /// The objective sentences of every standard that measures `kpi`, in file order.
    func targets(of kpi: KPI) -> [String] {
        targetsByKPI[KPI.lookupKey(kpi.id)] ?? []
    }

    /// Resolves `text` in the context's locale. A translation taken from another language
    /// (the file lacks this locale's) comes marked with its own, for the HTML's `lang`.
    func text(_ text: LocalizedText) -> String {
        let (string, source) = text.resolution(for: locale, defaultLocale: philosophy.defaultLocale)
        guard let source, source.language != locale.language else { return string }
        return LanguageMarks.mark(string, as: source)
    }

    /// Paragraph texts, split at blank lines, so templates can keep a long text's paragraphs.
    func paragraphs(_ text: LocalizedText) -> [String] {
        let (string, source) = text.resolution(for: locale, defaultLocale: philosophy.defaultLocale)
        let paragraphs = Paragraphs.split(string)
        guard let source, source.language != locale.language else { return paragraphs }
        return paragraphs.map { LanguageMarks.mark($0, as: source) }
    }

    /// A team's name in the context's locale, looked up by the name the file refers to it by.
    func teamName(_ reference: String) -> String {
        team(named: reference).map { text(philosophy.teams[$0].name) } ?? reference
    }
}
