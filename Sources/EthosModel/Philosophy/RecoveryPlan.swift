/// How the company responds in one situation where things go wrong.
public struct RecoveryPlan: Hashable, Sendable, Codable {
    /// The situation: `A complaint on social media`.
    public var situation: LocalizedText
    /// How soon the first answer goes out.
    public var respondWithin: ServiceDuration?
    /// The first answer we give.
    public var response: LocalizedText
    /// The name of the team it goes to when the first answer is not enough.
    public var escalateTo: String?

    /// Creates a recovery plan.
    public init(situation: LocalizedText, respondWithin: ServiceDuration? = nil, response: LocalizedText,
                escalateTo: String? = nil) {
        self.situation = situation
        self.respondWithin = respondWithin
        self.response = response
        self.escalateTo = escalateTo
    }

    private enum CodingKeys: String, CodingKey {
        case situation, respondWithin = "respond-within", response, escalateTo = "escalate-to"
    }
}
