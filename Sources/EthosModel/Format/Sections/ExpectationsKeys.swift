/// `expectations`: customer expectations sorted by the Kano model.
public struct ExpectationsKeys: FormatKeys {
    public static let id = FormatSectionID.expectations
    public static let what = "the expectations"
    public static let shared = ExpectationsKeys()

    public let mustBe = FormatKey("must-be", .list(.text), "Taken for granted; missing them dissatisfies.")
    public let performance = FormatKey("performance", .list(.text), "More is better.")
    public let delighters = FormatKey("delighters", .list(.text), "Unexpected extras.")
}
