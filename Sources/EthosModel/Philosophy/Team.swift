/// How one team lives the philosophy.
public struct Team: Hashable, Sendable, Codable {
    /// The team's name: `Support`.
    public var name: LocalizedText
    /// The team's key activities.
    public var activities: LocalizedText
    /// The ids of the KPIs the team watches.
    public var kpis: [String]
    /// Onboarding tasks only for this team.
    public var onboarding: [OnboardingTask]
    /// The lint rules silenced for this team and everything in it.
    public var lintIgnore: [RuleID]

    /// Creates a team.
    public init(name: LocalizedText, activities: LocalizedText, kpis: [String] = [], onboarding: [OnboardingTask] = [],
                lintIgnore: [RuleID] = []) {
        self.name = name
        self.activities = activities
        self.kpis = kpis
        self.onboarding = onboarding
        self.lintIgnore = lintIgnore
    }

    private enum CodingKeys: String, CodingKey {
        case name, activities, kpis, onboarding, lintIgnore = "lint-ignore"
    }
}
