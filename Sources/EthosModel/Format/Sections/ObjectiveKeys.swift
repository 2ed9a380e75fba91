/// A standard's `objective`: exactly one of its three forms.
public struct ObjectiveKeys: FormatKeys {
    public static let id = FormatSectionID.objective
    public static let what = "an objective"
    public static let summary: String? = "Exactly one of { at-least: X }, { at-most: X }, { share: 90%, within: 2m }."
    public static let forms = [["at-least"], ["at-most"], ["share", "within"]]
    public static let shared = ObjectiveKeys()

    public let atLeast = FormatKey("at-least", .target)
    public let atMost = FormatKey("at-most", .target)
    public let share = FormatKey("share", .percent)
    public let within = FormatKey("within", .duration)
}
