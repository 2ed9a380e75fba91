/// An item of `kpis`: a new KPI, or an override of a built-in one.
public struct KPIKeys: FormatKeys {
    public static let id = FormatSectionID.kpi
    public static let what = "a KPI"
    public static let shared = KPIKeys()

    public let id = FormatKey("id", .kpiID, required: true)
    public let name = FormatKey("name", .text, "Display name; required for a new id.")
    public let unit = FormatKey("unit", .choice(KPIUnit.allCases.map(\.rawValue)), "Required for a new id.")
    public let direction = FormatKey("direction", .choice(KPIDirection.allCases.map(\.rawValue)),
                                     "Which way is better; required for a new id.")
    public let range = FormatKey("range", .range, "[min, max]; targets outside are an error; ~ leaves an end open.")
    public let definition = FormatKey("definition", .text, "What it measures.")
    public let formula = FormatKey("formula", .text, "How it is computed.")
}
