/// The company's mission, in the DSL.
public struct Purpose: PhilosophyContent {
    let text: LocalizedText
    /// The purpose: one string, or one per locale.
    public init(_ text: LocalizedText) { self.text = text }
    public func apply(to philosophy: inout Philosophy) { philosophy.purpose = text }
}

/// The support vision, in the DSL.
public struct Vision: PhilosophyContent {
    let text: LocalizedText
    /// The vision: one string, or one per locale.
    public init(_ text: LocalizedText) { self.text = text }
    public func apply(to philosophy: inout Philosophy) { philosophy.vision = text }
}

/// How to decide when a choice conflicts with the philosophy, in the DSL.
public struct Conflicts: PhilosophyContent {
    let text: LocalizedText
    /// The guidance: one string, or one per locale.
    public init(_ text: LocalizedText) { self.text = text }
    public func apply(to philosophy: inout Philosophy) { philosophy.conflicts = text }
}

/// The `values:` section, in the DSL.
public struct Values: PhilosophyContent {
    let items: [ServiceValue]
    /// The values, in order.
    public init(@ListBuilder<ServiceValue> _ items: () -> [ServiceValue]) { self.items = items() }
    public func apply(to philosophy: inout Philosophy) { philosophy.values += items }
}

/// The `kpis:` section (custom KPIs and overrides), in the DSL.
public struct KPIs: PhilosophyContent {
    let items: [KPIDefinition]
    /// The KPI definitions, in order.
    public init(@ListBuilder<KPIDefinition> _ items: () -> [KPIDefinition]) { self.items = items() }
    public func apply(to philosophy: inout Philosophy) { philosophy.kpis += items }
}

/// The `standards:` section, in the DSL.
public struct Standards: PhilosophyContent {
    let items: [ServiceStandard]
    /// The standards, in order.
    public init(@ListBuilder<ServiceStandard> _ items: () -> [ServiceStandard]) { self.items = items() }
    public func apply(to philosophy: inout Philosophy) { philosophy.standards += items }
}

/// The `channels:` section, in the DSL.
public struct Channels: PhilosophyContent {
    let items: [Channel]
    /// The channels, in order.
    public init(@ListBuilder<Channel> _ items: () -> [Channel]) { self.items = items() }
    public func apply(to philosophy: inout Philosophy) { philosophy.channels += items }
}

/// The `recovery:` section, in the DSL.
public struct Recovery: PhilosophyContent {
    let items: [RecoveryPlan]
    /// The recovery plans, in order.
    public init(@ListBuilder<RecoveryPlan> _ items: () -> [RecoveryPlan]) { self.items = items() }
    public func apply(to philosophy: inout Philosophy) { philosophy.recovery += items }
}

/// The `teams:` section, in the DSL.
public struct Teams: PhilosophyContent {
    let items: [Team]
    /// The teams, in order.
    public init(@ListBuilder<Team> _ items: () -> [Team]) { self.items = items() }
    public func apply(to philosophy: inout Philosophy) { philosophy.teams += items }
}

/// The `revisions:` section, in the DSL: oldest first, the last is the current one.
public struct Revisions: PhilosophyContent {
    let items: [Revision]
    /// The revisions, oldest first.
    public init(@ListBuilder<Revision> _ items: () -> [Revision]) { self.items = items() }
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
                @ListBuilder<OnboardingTask> tasks: () -> [OnboardingTask]) {
        self.init(phases: phases, tasks: tasks(), refresher: refresher)
    }
}

extension Team {
    /// A team with its own onboarding tasks written as a list.
    public init(name: LocalizedText, activities: LocalizedText, kpis: [String] = [], lintIgnore: [RuleID] = [],
                @ListBuilder<OnboardingTask> onboarding: () -> [OnboardingTask]) {
        self.init(name: name, activities: activities, kpis: kpis, onboarding: onboarding(), lintIgnore: lintIgnore)
    }
}

extension WorkCalendar: PhilosophyContent {
    public func apply(to philosophy: inout Philosophy) { philosophy.calendar = self }
}

/// The `site:` section, in the DSL: the site's theme. A logo's bytes come with it
/// (``ThemeLogo/init(path:format:data:)``). The DSL does not check contrast:
/// ``ThemeContrast/problems(in:)`` finds the pairs the loader would refuse.
public struct Site: PhilosophyContent {
    let theme: SiteTheme
    /// The theme.
    public init(_ theme: SiteTheme) { self.theme = theme }
    public func apply(to philosophy: inout Philosophy) { philosophy.site = theme }
}
