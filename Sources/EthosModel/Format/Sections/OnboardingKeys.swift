/// `onboarding`: phases, tasks for every team, and the refresher.
public struct OnboardingKeys: FormatKeys {
    public static let id = FormatSectionID.onboarding
    public static let what = "onboarding"
    public static let shared = OnboardingKeys()

    public let phases = FormatKey("phases", .list(.phase), "Default [day-1, week-1, day-30, day-60, day-90].")
    public let tasks = ListKey<TaskKeys>("tasks", "Tasks for every team.")
    public let refresher = FormatKey("refresher", .window)
}
