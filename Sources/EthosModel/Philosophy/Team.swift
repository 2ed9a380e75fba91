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

    /// Creates a team.
    public init(name: LocalizedText, activities: LocalizedText, kpis: [String] = [], onboarding: [OnboardingTask] = []) {
        self.name = name
        self.activities = activities
        self.kpis = kpis
        self.onboarding = onboarding
    }
}
