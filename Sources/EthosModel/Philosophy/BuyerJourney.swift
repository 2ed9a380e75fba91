/// What service means at each stage of the buyer's journey.
public struct BuyerJourney: Hashable, Sendable, Codable {
    /// While a customer first learns of the company.
    public var awareness: LocalizedText?
    /// While a customer weighs the options.
    public var consideration: LocalizedText?
    /// When a customer decides.
    public var decision: LocalizedText?
    /// After the purchase.
    public var postPurchase: LocalizedText?

    /// Creates a journey; leave out the stages the philosophy says nothing about.
    public init(awareness: LocalizedText? = nil, consideration: LocalizedText? = nil,
                decision: LocalizedText? = nil, postPurchase: LocalizedText? = nil) {
        self.awareness = awareness
        self.consideration = consideration
        self.decision = decision
        self.postPurchase = postPurchase
    }

    private enum CodingKeys: String, CodingKey {
        case awareness, consideration, decision, postPurchase = "post-purchase"
    }
}
