/// A contact point and when it is staffed.
public struct Channel: Hashable, Sendable, Codable {
    /// The kind of contact point.
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case phone, chat, email, social
        case inPerson = "in-person"
        case selfService = "self-service"
        case other
    }

    /// The channel's name, which standards refer to: `Phone`.
    public var name: String
    /// The kind of contact point.
    public var kind: Kind?
    /// When it is staffed: `Mon-Fri 08:00-18:00 CET`, `24/7`.
    public var hours: LocalizedText?
    /// What customers get outside those hours.
    public var offline: LocalizedText?
    /// The lint rules silenced for this channel and everything in it.
    public var lintIgnore: [RuleID]

    /// Creates a channel.
    public init(name: String, kind: Kind? = nil, hours: LocalizedText? = nil, offline: LocalizedText? = nil,
                lintIgnore: [RuleID] = []) {
        self.name = name
        self.kind = kind
        self.hours = hours
        self.offline = offline
        self.lintIgnore = lintIgnore
    }

    private enum CodingKeys: String, CodingKey {
        case name, kind, hours, offline, lintIgnore = "lint-ignore"
    }
}
