/// An item of `teams`.
public struct TeamKeys: FormatKeys {
    public static let id = FormatSectionID.team
    public static let what = "a team"
    public static let shared = TeamKeys()

    public let name = FormatKey("name", .text, required: true, "Support.")
    public let activities = FormatKey("activities", .text, required: true, "The key activities.")
    public let kpis = FormatKey("kpis", .list(.kpiID))
    public let onboarding = ListKey<TaskKeys>("onboarding", "Tasks only for this team.")
    public let lintIgnore = FormatKey.lintIgnore
}
