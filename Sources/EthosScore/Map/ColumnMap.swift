/// How one helpdesk's export is read: which column holds each contact field, and how the
/// export's channel and team values translate to the philosophy's names.
public struct ColumnMap: Hashable, Sendable {
    /// The map's name, for messages: `zendesk`, or the map file's name.
    public var name: String
    /// The fields read, each from its column.
    public var fields: [ContactField: FieldSpec]
    /// Export values of the channel column → a philosophy channel's name or kind
    /// (`Voice` → `phone`). Keys compare case-insensitively.
    public var channels: [String: String]
    /// Export values of the team column → a philosophy team's name.
    public var teams: [String: String]
    /// The resolution of the first-reply data, in seconds, when coarser than a second
    /// (Zendesk gives whole minutes): standards finer than this get a `coarse-data` warning.
    public var firstReplyResolution: Double?
    /// What the documentation of the export says about time zones, for the error when a
    /// zone-less timestamp is read without `--timezone`.
    public var zoneAdvice: String?

    /// Creates a map.
    public init(name: String, fields: [ContactField: FieldSpec], channels: [String: String] = [:],
                teams: [String: String] = [:], firstReplyResolution: Double? = nil, zoneAdvice: String? = nil) {
        self.name = name
        self.fields = fields
        self.channels = channels
        self.teams = teams
        self.firstReplyResolution = firstReplyResolution
        self.zoneAdvice = zoneAdvice
    }
}
