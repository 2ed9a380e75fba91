/// An item of `recovery`.
public struct RecoveryPlanKeys: FormatKeys {
    public static let id = FormatSectionID.recovery
    public static let what = "a recovery plan"
    public static let shared = RecoveryPlanKeys()

    public let situation = FormatKey("situation", .text, required: true, "A complaint on social media.")
    public let respondWithin = FormatKey("respond-within", .duration)
    public let response = FormatKey("response", .text, required: true, "The first answer we give.")
    public let escalateTo = FormatKey("escalate-to", .string, "A team's name.")
}
