import EthosModel

/// The values a philosophy template sees for one locale, with every text resolved to that
/// locale and numbers, shares, durations and dates formatted for it.
///
/// Texts are plain: the Markdown templates escape them as they are inserted
/// (`{{% CONTENT_TYPE: MARKDOWN}}`). A key is absent when the file lacks the field, so
/// `{{#key}}` sections render only what the file has. `docs/templates.md` lists the keys.
///
/// Made once per locale: the objective sentences are formatted when it is made, and every
/// page of that locale reuses them.
struct PhilosophyContext: Sendable {
    let philosophy: Philosophy
    let locale: LocaleID
    let labels: Labels
    let format: LocalizedFormat
    /// Where the site's pages are, relative to the page being rendered; `nil` outside a site.
    var links: SiteLinks?
    /// The objective sentence of each standard, in file order.
    let sentences: [String]
    /// The objective sentences of the standards measuring each KPI, by lookup key.
    private let targetsByKPI: [String: [String]]
    /// Each recovery plan's response time, formatted (`1 hour`), in file order.
    let responseTimes: [String?]
    /// Slugs and team names, looked up without searching the lists.
    private let pageSlugs: PageSlugs

    init(_ philosophy: Philosophy, locale: LocaleID) {
        self.philosophy = philosophy
        self.locale = locale
        self.labels = Labels.for(locale)
        self.format = LocalizedFormat(labels.locale == "en" && locale.language != "en" ? "en" : locale)
        let sentences = philosophy.standards.map { ObjectiveSentence.make(for: $0, in: philosophy, locale: locale) }
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
        self.pageSlugs = PageSlugs(philosophy)
    }

    /// The slug `team`'s files are named by.
    func slug(of team: Team) -> String {
        pageSlugs.slug(of: team) ?? philosophy.slug(of: team)
    }

    /// The slug `value`'s page is named by.
    func slug(of value: ServiceValue) -> String {
        pageSlugs.slug(of: value) ?? philosophy.slug(of: value)
    }

    /// The objective sentences of every standard that measures `kpi`, in file order.
    func targets(of kpi: KPI) -> [String] {
        targetsByKPI[KPI.lookupKey(kpi.id)] ?? []
    }

    /// This context for a page elsewhere in the site.
    func at(_ links: SiteLinks) -> PhilosophyContext {
        var context = self
        context.links = links
        return context
    }

    /// Resolves `text` in the context's locale. A translation taken from another language
    /// (the file lacks this locale's) comes marked with its own, for the HTML's `lang`.
    func text(_ text: LocalizedText) -> String {
        let (string, source) = text.resolution(for: locale, defaultLocale: philosophy.defaultLocale)
        guard let source, source.language != locale.language else { return string }
        return LanguageMarks.mark(string, as: source)
    }

    /// The whole context for the philosophy document.
    var values: [String: Any] {
        var context: [String: Any] = [
            "company": philosophy.company,
            "locale": locale.tag,
            "labels": labels.text,
            "purpose": paragraphs(philosophy.purpose),
            "vision": text(philosophy.vision),
            "values": philosophy.values.map(value),
            "kpis": KPIUsage(philosophy).kpis.map { kpi($0, heading: "###") },
            "standards": zip(philosophy.standards, sentences).map(standard),
            "channels": philosophy.channels.map(channel),
            "recovery": zip(philosophy.recovery, responseTimes).map(recoveryPlan),
            "teams": philosophy.teams.map(team),
            "hasLinks": links != nil,
        ]
        context["journey"] = journey
        context["expectations"] = expectations
        context["onboarding"] = onboarding
        context["conflicts"] = philosophy.conflicts.map(paragraphs) ?? []
        context["updated"] = philosophy.updated.map { DateText.long($0, locale: locale) }
        return context
    }

    /// Paragraph texts, split at blank lines, so templates can keep a long text's paragraphs.
    func paragraphs(_ text: LocalizedText) -> [String] {
        let (string, source) = text.resolution(for: locale, defaultLocale: philosophy.defaultLocale)
        let paragraphs = Paragraphs.split(string)
        guard let source, source.language != locale.language else { return paragraphs }
        return paragraphs.map { LanguageMarks.mark($0, as: source) }
    }

    /// `NPS, QA` for a list of KPI ids: built-ins by id, custom KPIs by name.
    func metrics(_ ids: [String]) -> String {
        let catalog = philosophy.kpiCatalog
        return ids.map { id in
            catalog.kpi(id)?.shortLabel(in: locale, defaultLocale: philosophy.defaultLocale) ?? id
        }.joined(separator: ", ")
    }

    func value(_ value: ServiceValue) -> [String: Any] {
        var context: [String: Any] = [
            "name": text(value.name),
            "action": text(value.action),
            "metrics": metrics(value.kpis),
            "behaviors": value.behaviors.map(text),
            "questions": value.hiring.map(text),
            "description": value.description.map(paragraphs) ?? [],
        ]
        context["hasDetails"] = value.description != nil || !value.behaviors.isEmpty || !value.hiring.isEmpty
        context["href"] = links.map { $0.value(slug(of: value)) }
        return context
    }

    /// A KPI with `heading` (`###`) as the Markdown heading marker its title takes.
    func kpi(_ kpi: KPI, heading: String) -> [String: Any] {
        var context: [String: Any] = [
            "heading": heading,
            "title": kpi.displayName(in: locale, defaultLocale: philosophy.defaultLocale),
            "direction": labels[kpi.direction == .higher ? "higherIsBetter" : "lowerIsBetter"],
            "targets": targets(of: kpi),
        ]
        context["definition"] = kpi.definition.map(text)
        context["formula"] = kpi.formula.map(text)
        return context
    }

    func standard(_ standard: ServiceStandard, sentence: String) -> [String: Any] {
        var context: [String: Any] = [
            "sentence": sentence,
            "window": standard.window.map { labels.window($0, format: format) } ?? "",
            "channel": standard.channel ?? "",
            "owner": standard.owner.map(teamName) ?? "",
            "source": standard.source.map(text) ?? "",
        ]
        context["statement"] = standard.statement.map(text)
        return context
    }

    /// A team's name in the context's locale, looked up by the name the file refers to it by.
    func teamName(_ reference: String) -> String {
        pageSlugs.team(named: reference).map { text(philosophy.teams[$0].name) } ?? reference
    }

    private func channel(_ channel: Channel) -> [String: Any] {
        ["name": channel.name, "hours": channel.hours.map(text) ?? "", "offline": channel.offline.map(text) ?? ""]
    }

    private func recoveryPlan(_ plan: RecoveryPlan, responseTime: String?) -> [String: Any] {
        [
            "situation": text(plan.situation),
            "respondWithin": responseTime ?? "",
            "response": text(plan.response),
            "escalateTo": plan.escalateTo.map(teamName) ?? "",
        ]
    }

    func team(_ team: Team) -> [String: Any] {
        var context: [String: Any] = [
            "name": text(team.name), "activities": text(team.activities), "metrics": metrics(team.kpis),
        ]
        context["href"] = links.map { $0.team(slug(of: team)) }
        return context
    }

    private var journey: [[String: Any]] {
        guard let journey = philosophy.journey else { return [] }
        let stages: [(String, LocalizedText?)] = [
            ("awareness", journey.awareness), ("consideration", journey.consideration),
            ("decision", journey.decision), ("postPurchase", journey.postPurchase),
        ]
        return stages.compactMap { key, stage in stage.map { ["stage": labels[key], "text": text($0)] } }
    }

    private var expectations: [String: Any]? {
        guard let expectations = philosophy.expectations else { return nil }
        let groups: [(String, [LocalizedText])] = [
            ("mustBe", expectations.mustBe), ("performance", expectations.performance),
            ("delighters", expectations.delighters),
        ]
        let present = groups.filter { !$0.1.isEmpty }.map { key, items in
            ["kano": labels[key], "items": items.map(text)] as [String: Any]
        }
        return present.isEmpty ? nil : ["groups": present]
    }

    private var onboarding: [String: Any]? {
        guard let onboarding = philosophy.onboarding else { return nil }
        let phases = OnboardingPhases.ordered(onboarding.effectivePhases + onboarding.tasks.map(\.phase))
        let withTasks: [[String: Any]] = phases.compactMap { phase in
            let tasks = onboarding.tasks.filter { $0.phase == phase }
            guard !tasks.isEmpty else { return nil }
            return ["phase": labels.phase(phase), "tasks": tasks.map(task)]
        }
        var context: [String: Any] = ["phases": withTasks]
        if let refresher = onboarding.refresher {
            let (label, value) = labels.refresher(refresher, format: format)
            context["refresher"] = ["label": label, "value": value]
        }
        return withTasks.isEmpty && onboarding.refresher == nil ? nil : context
    }

    private func task(_ task: OnboardingTask) -> [String: Any] {
        var context: [String: Any] = ["task": text(task.task)]
        context["taskOwner"] = task.owner.map(labels.owner)
        return context
    }
}
