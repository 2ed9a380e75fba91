/// A support value with its action statement and the KPIs that show it is lived.
public struct ServiceValue: Hashable, Sendable, Codable {
    /// The value's name: `Integrity`.
    public var name: LocalizedText
    /// The action statement: `Say what you mean. Mean what you say.`
    public var action: LocalizedText
    /// A longer explanation.
    public var description: LocalizedText?
    /// How we live it, ideally "I" statements.
    public var behaviors: [LocalizedText]
    /// The ids of the KPIs that show the value is lived.
    public var kpis: [String]
    /// Interview questions for the values benchmark.
    public var hiring: [LocalizedText]
    /// The lint rules silenced for this value and everything in it.
    public var lintIgnore: [RuleID]

    /// Creates a value.
    public init(name: LocalizedText, action: LocalizedText, description: LocalizedText? = nil,
                behaviors: [LocalizedText] = [], kpis: [String] = [], hiring: [LocalizedText] = [],
                lintIgnore: [RuleID] = []) {
        self.name = name
        self.action = action
        self.description = description
        self.behaviors = behaviors
        self.kpis = kpis
        self.hiring = hiring
        self.lintIgnore = lintIgnore
    }

    private enum CodingKeys: String, CodingKey {
        case name, action, description, behaviors, kpis, hiring, lintIgnore = "lint-ignore"
    }
}
