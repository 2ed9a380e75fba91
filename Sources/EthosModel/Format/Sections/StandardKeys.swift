/// An item of `standards`.
public struct StandardKeys: FormatKeys {
    public static let id = FormatSectionID.standard
    public static let what = "a standard"
    public static let shared = StandardKeys()

    public let id = FormatKey("id", .string, "Default: derived from kpi and channel.")
    public let kpi = FormatKey("kpi", .kpiID, required: true)
    public let statement = FormatKey("statement", .text,
                                     "The plain-language promise; generated from the objective when absent.")
    public let objective = SectionKey<ObjectiveKeys>("objective", required: true)
    public let window = FormatKey("window", .window)
    public let channel = FormatKey("channel", .string, "A channel's name under channels.")
    public let owner = FormatKey("owner", .string, "A team's name under teams.")
    public let source = FormatKey("source", .text, "The customer research it rests on.")
    public let lintIgnore = FormatKey.lintIgnore
}
