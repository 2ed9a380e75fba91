/// The company's mission, in the DSL.
public struct CompanyPurpose: PhilosophyContent {
    let text: LocalizedText
    /// The purpose: one string, or one per locale.
    public init(_ text: LocalizedText) { self.text = text }
    public func apply(to philosophy: inout Philosophy) { philosophy.purpose = text }
}

/// The support vision, in the DSL.
public struct SupportVision: PhilosophyContent {
    let text: LocalizedText
    /// The vision: one string, or one per locale.
    public init(_ text: LocalizedText) { self.text = text }
    public func apply(to philosophy: inout Philosophy) { philosophy.vision = text }
}

/// How to decide when a choice conflicts with the philosophy, in the DSL.
public struct ConflictGuidance: PhilosophyContent {
    let text: LocalizedText
    /// The guidance: one string, or one per locale.
    public init(_ text: LocalizedText) { self.text = text }
    public func apply(to philosophy: inout Philosophy) { philosophy.conflicts = text }
}

/// The `values:` section, in the DSL.
public struct ServiceValues: PhilosophyContent {
    let items: [ServiceValue]
    /// The values, in order.
    public init(@PhilosophyListBuilder<ServiceValue> _ items: () -> [ServiceValue]) { self.items = items() }
    public func apply(to philosophy: inout Philosophy) { philosophy.values += items }
}

/// The `kpis:` section (custom KPIs and overrides), in the DSL.
public struct KPIDefinitions: PhilosophyContent {
    let items: [KPIDefinition]
    /// The KPI definitions, in order.
    public init(@PhilosophyListBuilder<KPIDefinition> _ items: () -> [KPIDefinition]) { self.items = items() }
    public func apply(to philosophy: inout Philosophy) { philosophy.kpis += items }
}

/// The `standards:` section, in the DSL.
public struct ServiceStandards: PhilosophyContent {
    let items: [ServiceStandard]
    /// The standards, in order.
    public init(@PhilosophyListBuilder<ServiceStandard> _ items: () -> [ServiceStandard]) { self.items = items() }
    public func apply(to philosophy: inout Philosophy) { philosophy.standards += items }
}

/// The `channels:` section, in the DSL.
public struct ServiceChannels: PhilosophyContent {
    let items: [Channel]
    /// The channels, in order.
    public init(@PhilosophyListBuilder<Channel> _ items: () -> [Channel]) { self.items = items() }
    public func apply(to philosophy: inout Philosophy) { philosophy.channels += items }
}

/// The `recovery:` section, in the DSL.
public struct RecoveryPlans: PhilosophyContent {
    let items: [RecoveryPlan]
    /// The recovery plans, in order.
    public init(@PhilosophyListBuilder<RecoveryPlan> _ items: () -> [RecoveryPlan]) { self.items = items() }
    public func apply(to philosophy: inout Philosophy) { philosophy.recovery += items }
}

/// The `teams:` section, in the DSL.
public struct SupportTeams: PhilosophyContent {
    let items: [Team]
    /// The teams, in order.
    public init(@PhilosophyListBuilder<Team> _ items: () -> [Team]) { self.items = items() }
    public func apply(to philosophy: inout Philosophy) { philosophy.teams += items }
}

/// The `revisions:` section, in the DSL: oldest first, the last is the current one.
public struct RevisionHistory: PhilosophyContent {
    let items: [Revision]
    /// The revisions, oldest first.
    public init(@PhilosophyListBuilder<Revision> _ items: () -> [Revision]) { self.items = items() }
    public func apply(to philosophy: inout Philosophy) { philosophy.revisions += items }
}

extension SuppliedLabels: PhilosophyContent {
    /// Lays these labels over any the philosophy has, entry by entry.
    public func apply(to philosophy: inout Philosophy) { philosophy.labels = philosophy.labels.overridden(by: self) }
}

extension BuyerJourney: PhilosophyContent {
    public func apply(to philosophy: inout Philosophy) { philosophy.journey = self }
}

extension CustomerExpectations: PhilosophyContent {
    public func apply(to philosophy: inout Philosophy) { philosophy.expectations = self }
}

extension LintSettings: PhilosophyContent {
    public func apply(to philosophy: inout Philosophy) { philosophy.lint = self }
}

extension Onboarding: PhilosophyContent {
    public func apply(to philosophy: inout Philosophy) { philosophy.onboarding = self }

    /// Onboarding settings with the tasks every team gets written as a list.
    public init(phases: [Phase]? = nil, refresher: Window? = nil,
                @PhilosophyListBuilder<OnboardingTask> tasks: () -> [OnboardingTask]) {
        self.init(phases: phases, tasks: tasks(), refresher: refresher)
    }
}

extension Team {
    /// A team with its own onboarding tasks written as a list.
    public init(name: LocalizedText, activities: LocalizedText, kpis: [String] = [], lintIgnore: [RuleID] = [],
                @PhilosophyListBuilder<OnboardingTask> onboarding: () -> [OnboardingTask]) {
        self.init(name: name, activities: activities, kpis: kpis, onboarding: onboarding(), lintIgnore: lintIgnore)
    }
}

extension WorkCalendar: PhilosophyContent {
    public func apply(to philosophy: inout Philosophy) { philosophy.calendar = self }
}

/// The `site:` section, in the DSL: a theme is written in the philosophy's content as it is.
/// A logo's bytes come with it (``ThemeLogo/init(path:format:data:)``). The DSL does not check
/// contrast: ``ThemeContrast/problems(in:)`` finds the pairs the loader would refuse.
extension SiteTheme: PhilosophyContent {
    public func apply(to philosophy: inout Philosophy) { philosophy.site = self }
}
