/// Customer expectations sorted by the Kano model.
public struct CustomerExpectations: Hashable, Sendable, Codable {
    /// Taken for granted: missing them dissatisfies.
    public var mustBe: [LocalizedText]
    /// More is better.
    public var performance: [LocalizedText]
    /// Unexpected extras.
    public var delighters: [LocalizedText]

    /// Creates the expectations.
    public init(mustBe: [LocalizedText] = [], performance: [LocalizedText] = [], delighters: [LocalizedText] = []) {
        self.mustBe = mustBe
        self.performance = performance
        self.delighters = delighters
    }

    private enum CodingKeys: String, CodingKey {
        case mustBe = "must-be", performance, delighters
    }
}
