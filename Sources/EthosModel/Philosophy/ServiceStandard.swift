/// A measurable, specific, time-bound service promise.
public struct ServiceStandard: Hashable, Sendable, Codable {
    /// The id given in the file; see ``effectiveID`` for the one outputs use.
    public var id: String?
    /// The id of the KPI measured.
    public var kpi: String
    /// The plain-language promise; generated from the objective when absent.
    public var statement: LocalizedText?
    /// The number that makes the standard measurable.
    public var objective: Objective
    /// The period the standard is judged over.
    public var window: Window?
    /// The name of the channel it applies to.
    public var channel: String?
    /// The name of the team that owns it.
    public var owner: String?
    /// The customer research it rests on.
    public var source: LocalizedText?
    /// The lint rules silenced for this standard and everything in it.
    public var lintIgnore: [RuleID]

    /// Creates a standard.
    public init(id: String? = nil, kpi: String, statement: LocalizedText? = nil, objective: Objective,
                window: Window? = nil, channel: String? = nil, owner: String? = nil, source: LocalizedText? = nil,
                lintIgnore: [RuleID] = []) {
        self.id = id
        self.kpi = kpi
        self.statement = statement
        self.objective = objective
        self.window = window
        self.channel = channel
        self.owner = owner
        self.source = source
        self.lintIgnore = lintIgnore
    }

    private enum CodingKeys: String, CodingKey {
        case id, kpi, statement, objective, window, channel, owner, source, lintIgnore = "lint-ignore"
    }

    /// The given id, or one derived from the KPI and channel: `frt-phone`.
    public var effectiveID: String {
        if let id { return id }
        return Slug.make([kpi, channel].compactMap { $0 }.joined(separator: " "))
    }
}
