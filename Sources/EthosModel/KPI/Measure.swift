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

/// Encoded as in the file: a number, a percentage string (`"90%"`) or a duration string
/// (`"6m"`), so the model's JSON reads like the file and validates against the schema.
extension Measure: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Double.self) {
            self = .number(value)
            return
        }
        let text = try container.decode(String.self)
        if text.hasSuffix("%"), let value = PlainNumber.parse(text.dropLast()) {
            self = .percent(value / 100)
        } else if let duration = ServiceDuration(parsing: text) {
            self = .duration(duration)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a number, percentage or duration")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .percent, .duration: try container.encode(fileSyntax)
        }
    }
}
