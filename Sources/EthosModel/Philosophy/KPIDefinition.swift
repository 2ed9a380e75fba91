/// A `kpis:` entry of the file: a new KPI, or an override of a built-in one by `id`.
///
/// Fields left `nil` keep the built-in's value; a new KPI needs `name`, `unit` and `direction`.
public struct KPIDefinition: Hashable, Sendable, Codable {
    /// The KPI's id, case-insensitive.
    public var id: String
    /// The display name.
    public var name: LocalizedText?
    /// What the number counts.
    public var unit: KPIUnit?
    /// Which way is better.
    public var direction: KPIDirection?
    /// The valid values.
    public var range: KPIRange?
    /// What it measures.
    public var definition: LocalizedText?
    /// How it is computed.
    public var formula: LocalizedText?

    /// Creates a KPI entry.
    public init(id: String, name: LocalizedText? = nil, unit: KPIUnit? = nil, direction: KPIDirection? = nil,
                range: KPIRange? = nil, definition: LocalizedText? = nil, formula: LocalizedText? = nil) {
        self.id = id
        self.name = name
        self.unit = unit
        self.direction = direction
        self.range = range
        self.definition = definition
        self.formula = formula
    }
}
