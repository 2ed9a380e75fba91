/// The number that makes a standard measurable, in one of three forms.
public enum Objective: Hashable, Sendable {
    /// The KPI is at least this value: `{ at-least: 50 }`.
    case atLeast(Measure)
    /// The KPI is at most this value: `{ at-most: 6m }`.
    case atMost(Measure)
    /// This share of cases is within this duration: `{ share: 90%, within: 2m }`.
    /// `share` is a fraction (0.9 for 90 %).
    case share(Double, within: ServiceDuration)

    /// `share` percent of cases within `duration`: `.share(percent: 90, within: .minutes(2))`.
    public static func share(percent: Double, within duration: ServiceDuration) -> Objective {
        .share(percent / 100, within: duration)
    }

    /// The key that names the form (`at-least`, `at-most` or `share`), as declared in
    /// ``ObjectiveKeys``: `FieldPath.standard(0).objective[dynamicMember: objective.form]`.
    public var form: KeyPath<ObjectiveKeys, FormatKey> {
        switch self {
        case .atLeast: \.atLeast
        case .atMost: \.atMost
        case .share: \.share
        }
    }
}

extension Objective: Codable {
    private enum CodingKeys: String, CodingKey {
        case atLeast = "at-least", atMost = "at-most", share, within
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let value = try container.decodeIfPresent(Measure.self, forKey: .atLeast) {
            self = .atLeast(value)
        } else if let value = try container.decodeIfPresent(Measure.self, forKey: .atMost) {
            self = .atMost(value)
        } else {
            self = .share(try container.decode(Double.self, forKey: .share),
                          within: try container.decode(ServiceDuration.self, forKey: .within))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .atLeast(let value): try container.encode(value, forKey: .atLeast)
        case .atMost(let value): try container.encode(value, forKey: .atMost)
        case .share(let share, let within):
            try container.encode(share, forKey: .share)
            try container.encode(within, forKey: .within)
        }
    }
}
