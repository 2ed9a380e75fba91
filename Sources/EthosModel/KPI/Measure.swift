/// A target value as written in an objective or a KPI range: a plain number, a share or a duration.
public enum Measure: Hashable, Sendable {
    /// A plain number, for `score`, `count` and `currency` KPIs.
    case number(Double)
    /// A share, held as a fraction (`90%` is `0.9`), for `percent` KPIs.
    case percent(Double)
    /// A length of time, for `duration` KPIs.
    case duration(ServiceDuration)

    /// A share of `percentage` percent: `.percent(of: 90)` is 90 %.
    public static func percent(of percentage: Double) -> Measure { .percent(percentage / 100) }

    /// The value in the unit's base: the number, the fraction, or seconds.
    public var magnitude: Double {
        switch self {
        case .number(let value), .percent(let value): value
        case .duration(let duration): duration.totalSeconds
        }
    }

    /// Whether this kind of value is how targets of `unit` are written.
    public func fits(_ unit: KPIUnit) -> Bool {
        switch (self, unit) {
        case (.number, .score), (.number, .count), (.number, .currency),
             (.percent, .percent), (.duration, .duration): true
        default: false
        }
    }

    /// The file syntax: `50`, `90%`, `2m`.
    public var fileSyntax: String {
        switch self {
        case .number(let value): PlainNumber.format(value)
        case .percent(let fraction): PlainNumber.format((fraction * 100 * 1e9).rounded() / 1e9) + "%"
        case .duration(let duration): duration.description
        }
    }
}

extension Measure: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
}

extension Measure: Codable {
    private enum CodingKeys: String, CodingKey { case number, percent, duration }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let value = try container.decodeIfPresent(Double.self, forKey: .number) {
            self = .number(value)
        } else if let value = try container.decodeIfPresent(Double.self, forKey: .percent) {
            self = .percent(value)
        } else {
            self = .duration(try container.decode(ServiceDuration.self, forKey: .duration))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .number(let value): try container.encode(value, forKey: .number)
        case .percent(let value): try container.encode(value, forKey: .percent)
        case .duration(let value): try container.encode(value, forKey: .duration)
        }
    }
}
