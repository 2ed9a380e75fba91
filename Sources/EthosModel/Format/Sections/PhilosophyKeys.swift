/// The top level of the philosophy file.
public struct PhilosophyKeys: FormatKeys {
    public static let id = FormatSectionID.philosophy
    public static let what = "the philosophy"
    public static let summary: String? =
        "A company's customer-service philosophy: purpose, vision, values, KPIs and standards."
    public static let isSchemaDefinition = false
    public static let shared = PhilosophyKeys()

    public let ethos = FormatKey("ethos", .formatVersion, required: true, "The format version: 1.")
    public let company = FormatKey("company", .string, required: true, "The organisation's name.")
    public let locales = FormatKey("locales", .locales,
                                   "The languages the philosophy is published in, at least one; the first is the default. Default [en].")
    public let updated = FormatKey("updated", .date, "When the philosophy was last revised (YYYY-MM-DD).")
    public let purpose = FormatKey("purpose", .text, required: true, "The company's mission: \"Our purpose at X is ...\"")
    public let vision = FormatKey("vision", .text, required: true, "The support vision, a few words to one sentence.")
    public let values = ListKey<ValueKeys>("values", required: true, "The support values, ideally no more than five.")
    public let kpis = ListKey<KPIKeys>("kpis", "Custom KPIs, or overrides of built-in ones by id.")
    public let standards = ListKey<StandardKeys>("standards", "Measurable service standards.")
    public let channels = ListKey<ChannelKeys>("channels", "Contact points and when they are staffed.")
    public let journey = SectionKey<JourneyKeys>("journey")
    public let expectations = SectionKey<ExpectationsKeys>("expectations")
    public let recovery = ListKey<RecoveryPlanKeys>("recovery", "How we respond when things go wrong.")
    public let teams = ListKey<TeamKeys>("teams", "How each team lives the philosophy.")
    public let onboarding = SectionKey<OnboardingKeys>("onboarding")
    public let calendar = SectionKey<CalendarKeys>("calendar")
    public let conflicts = FormatKey("conflicts", .text, "How to decide when a choice conflicts with the philosophy.")
    public let lint = SectionKey<LintKeys>("lint")
    public let labels = FormatKey("labels", .labels,
                                  "Words for the built-in labels, by locale then label key: { fr: { contents: Sommaire } }.")
    public let revisions = ListKey<RevisionKeys>("revisions", "The philosophy's revisions, oldest first; the last is the current one.")
    public let site = SectionKey<SiteKeys>("site", "The site's theme: logo, colours, font and footer links.")
}
