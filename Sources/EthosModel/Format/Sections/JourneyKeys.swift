/// `journey`: what service means at each stage of the buyer's journey.
public struct JourneyKeys: FormatKeys {
    public static let id = FormatSectionID.journey
    public static let what = "the journey"
    public static let shared = JourneyKeys()

    public let awareness = FormatKey("awareness", .text, "What service means while customers first learn of us.")
    public let consideration = FormatKey("consideration", .text, "... while they weigh the options.")
    public let decision = FormatKey("decision", .text, "... when they decide.")
    public let postPurchase = FormatKey("post-purchase", .text, "... after the purchase.")
}
