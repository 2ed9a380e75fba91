/// An item of `values`.
public struct ValueKeys: FormatKeys {
    public static let id = FormatSectionID.value
    public static let what = "a value"
    public static let shared = ValueKeys()

    public let name = FormatKey("name", .text, required: true, "The value's name: Integrity.")
    public let action = FormatKey("action", .text, required: true,
                                  "The action statement: Say what you mean. Mean what you say.")
    public let description = FormatKey("description", .text, "A longer explanation.")
    public let behaviors = FormatKey("behaviors", .list(.text), "How we live it, ideally \"I\" statements.")
    public let kpis = FormatKey("kpis", .list(.kpiID), "The metrics that show the value is lived.")
    public let hiring = FormatKey("hiring", .list(.text), "Interview questions for the values benchmark.")
    public let lintIgnore = FormatKey.lintIgnore
}
