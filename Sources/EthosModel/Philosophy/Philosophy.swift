/// A company's customer-service philosophy: format 1 of the philosophy file, as Swift values.
///
/// Load one from YAML with `PhilosophyLoader`, or write one with the result-builder DSL
/// (``Philosophy/init(company:locales:updated:content:)``); both give equal values.
public struct Philosophy: Hashable, Sendable, Codable {
    /// The format version the file declares (`ethos: 1`).
    public var formatVersion: Int
    /// The organisation's name.
    public var company: String
    /// The languages the philosophy is published in; the first is the default.
    public var locales: [LocaleID]
    /// When the philosophy was last revised; shown in outputs.
    public var updated: CalendarDate?
    /// The company's mission.
    public var purpose: LocalizedText
    /// The support vision, a few words to one sentence.
    public var vision: LocalizedText
    /// The support values.
    public var values: [ServiceValue]
    /// Custom KPIs and overrides of built-in ones.
    public var kpis: [KPIDefinition]
    /// Measurable service standards.
    public var standards: [ServiceStandard]
    /// Contact points and when they are staffed.
    public var channels: [Channel]
    /// What service means at each stage of the buyer's journey.
    public var journey: BuyerJourney?
    /// Customer expectations sorted by the Kano model.
    public var expectations: CustomerExpectations?
    /// How the company responds when things go wrong.
    public var recovery: [RecoveryPlan]
    /// How each team lives the philosophy.
    public var teams: [Team]
    /// Extra onboarding tasks and settings.
    public var onboarding: Onboarding?
    /// The working week and the days off that onboarding due dates skip.
    public var calendar: WorkCalendar?
    /// How to decide when a choice conflicts with the philosophy.
    public var conflicts: LocalizedText?
    /// Settings for `ethos lint`: the rules switched off for the whole file.
    public var lint: LintSettings?
    /// Words for Ethos's built-in labels, for locales it ships none for or to reword one.
    public var labels: SuppliedLabels
    /// The philosophy's revisions, oldest first; the last is the current one.
    public var revisions: [Revision]
    /// The site's theme (logo, colours, font, footer links); `nil` keeps the built-in look.
    public var site: SiteTheme?

    private enum CodingKeys: String, CodingKey {
        case formatVersion = "ethos", company, locales, updated, purpose, vision, values, kpis, standards
        case channels, journey, expectations, recovery, teams, onboarding, calendar, conflicts, lint, labels, revisions, site
    }

    /// The format version this library reads and writes.
    public static let currentFormatVersion = 1

    /// Creates a philosophy; only the required parts have no default.
    public init(
        formatVersion: Int = Philosophy.currentFormatVersion, company: String, locales: [LocaleID] = ["en"],
        updated: CalendarDate? = nil, purpose: LocalizedText, vision: LocalizedText, values: [ServiceValue],
        kpis: [KPIDefinition] = [], standards: [ServiceStandard] = [], channels: [Channel] = [],
        journey: BuyerJourney? = nil, expectations: CustomerExpectations? = nil, recovery: [RecoveryPlan] = [],
        teams: [Team] = [], onboarding: Onboarding? = nil, calendar: WorkCalendar? = nil, conflicts: LocalizedText? = nil, lint: LintSettings? = nil,
        labels: SuppliedLabels = SuppliedLabels(), revisions: [Revision] = [], site: SiteTheme? = nil
    ) {
        self.formatVersion = formatVersion
        self.company = company
        self.locales = locales
        self.updated = updated
        self.purpose = purpose
        self.vision = vision
        self.values = values
        self.kpis = kpis
        self.standards = standards
        self.channels = channels
        self.journey = journey
        self.expectations = expectations
        self.recovery = recovery
        self.teams = teams
        self.onboarding = onboarding
        self.calendar = calendar
        self.conflicts = conflicts
        self.lint = lint
        self.labels = labels
        self.revisions = revisions
        self.site = site
    }

    /// The default locale: the first listed, or `en` when none is.
    public var defaultLocale: LocaleID { locales.first ?? "en" }

    /// The current revision: the last of ``revisions``; `nil` without any.
    public var currentRevision: Revision? { revisions.last }

    /// The built-in KPIs merged with the file's own definitions.
    public var kpiCatalog: KPICatalog { KPICatalog.builtIn.merging(kpis) }

    /// `text` in `locale`, with the fallbacks of ``LocalizedText/resolved(for:defaultLocale:)``.
    public func text(_ text: LocalizedText, in locale: LocaleID) -> String {
        text.resolved(for: locale, defaultLocale: defaultLocale)
    }
}
