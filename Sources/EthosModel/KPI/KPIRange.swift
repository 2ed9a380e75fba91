/// The values a KPI can take, in the unit's base (number, fraction or seconds); either end may be open.
public struct KPIRange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The smallest valid value, if any.
    public let lower: Double?
    /// The largest valid value, if any.
    public let upper: Double?

    /// Creates a range; `nil` leaves that end open.
    public init(lower: Double?, upper: Double?) {
        self.lower = lower
        self.upper = upper
    }

    /// No value is negative.
    public static let nonNegative = KPIRange(lower: 0, upper: nil)
    /// A share from 0 to 100 %.
    public static let share = KPIRange(lower: 0, upper: 1)

    /// Whether `value` (in the unit's base) lies inside the range.
    public func contains(_ value: Double) -> Bool {
        (lower.map { value >= $0 } ?? true) && (upper.map { value <= $0 } ?? true)
    }

    /// `-100..100`, `>= 0`, `<= 10`.
    public var description: String { description(bound: PlainNumber.format) }

    /// The range with each end written by `bound`: `lower..upper`, `>= lower`, `<= upper`, or
    /// `any`; the separators can be swapped for typographic ones (`–`, `≥`, `≤`).
    public func description(bound: (Double) -> String, between: String = "..", atLeast: String = ">=",
                            atMost: String = "<=") -> String {
        switch (lower, upper) {
        case let (lower?, upper?): "\(bound(lower))\(between)\(bound(upper))"
        case let (lower?, nil): "\(atLeast) \(bound(lower))"
        case let (nil, upper?): "\(atMost) \(bound(upper))"
        case (nil, nil): "any"
        }
    }
}
