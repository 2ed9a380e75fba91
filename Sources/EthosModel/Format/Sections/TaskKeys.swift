/// An onboarding task, under `onboarding.tasks` or a team's `onboarding`.
public struct TaskKeys: FormatKeys {
    public static let id = FormatSectionID.task
    public static let what = "an onboarding task"
    public static let shared = TaskKeys()

    public let phase = FormatKey("phase", .phase, required: true)
    public let task = FormatKey("task", .text, required: true, "What to do.")
    public let owner = FormatKey("owner", .string, "Who makes sure it happens: manager, buddy, hr, new-hire.")
}
