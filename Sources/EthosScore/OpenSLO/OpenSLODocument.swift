/// One OpenSLO v1 document Ethos writes (`apiVersion: openslo/v1`): the service the
/// philosophy describes, or one standard as a service level objective.
public enum OpenSLODocument: Hashable, Sendable {
    /// The `Service` every SLO names.
    case service(OpenSLOService)
    /// An `SLO`: one standard.
    case slo(OpenSLOObjective)

    /// The document's `kind`: `Service` or `SLO`.
    public var kind: String {
        switch self {
        case .service: "Service"
        case .slo: "SLO"
        }
    }

    /// The document's `metadata`.
    public var metadata: OpenSLOMetadata {
        switch self {
        case .service(let service): service.metadata
        case .slo(let objective): objective.metadata
        }
    }
}

/// A document's `metadata`: its name, a display name, and labels.
public struct OpenSLOMetadata: Hashable, Sendable {
    /// `metadata.name`: a DNS label (RFC 1123), unique among documents of its kind.
    public var name: String
    /// `metadata.displayName`, at most 63 characters.
    public var displayName: String?
    /// `metadata.labels`, in the order they are written; each label holds one value.
    public var labels: [Label]

    /// One label: `team: [Support]`.
    public struct Label: Hashable, Sendable {
        /// The label's key.
        public var key: String
        /// Its value.
        public var value: String
    }
}

/// The `Service` document: the company whose customers the standards serve.
public struct OpenSLOService: Hashable, Sendable {
    /// Its metadata; the name every SLO's `spec.service` gives.
    public var metadata: OpenSLOMetadata
    /// `spec.description`: the philosophy's purpose, at most 1050 characters.
    public var description: String?
}

/// An `SLO` document: one standard with an inline ratio indicator, one time window, the
/// `Occurrences` budgeting method and one objective.
public struct OpenSLOObjective: Hashable, Sendable {
    /// Its metadata.
    public var metadata: OpenSLOMetadata
    /// `spec.description`: the standard's statement, at most 1050 characters.
    public var description: String?
    /// `spec.service`: the name of the `Service` document.
    public var service: String
    /// `spec.indicator.metadata.name`: a DNS label.
    public var indicatorName: String
    /// `spec.indicator.spec.ratioMetric`.
    public var ratio: OpenSLORatioMetric
    /// `spec.timeWindow[0]`.
    public var window: OpenSLOTimeWindow
    /// `spec.objectives[0].target`: the share of good events, at least 0 and below 1.
    public var target: Double
}

/// A ratio indicator: good (or bad) events over all events, or a ratio computed elsewhere.
public enum OpenSLORatioMetric: Hashable, Sendable {
    /// `good` over `total`.
    case good(OpenSLOMetricSource, total: OpenSLOMetricSource)
    /// `bad` over `total`.
    case bad(OpenSLOMetricSource, total: OpenSLOMetricSource)
    /// A ratio reported as it is (`raw`): of successes (`rawType: success`) or failures.
    case raw(OpenSLOMetricSource, ofFailures: Bool)
}

/// A `metricSource`: where an indicator's figures come from. Ethos names the scorecard
/// (`type: ethos-score`) and says in `spec` which of its figures to read.
public struct OpenSLOMetricSource: Hashable, Sendable {
    /// `metricSource.type`.
    public var type: String
    /// `metricSource.spec`, in the order written; never empty.
    public var spec: [Entry]

    /// One key and text value of `spec`.
    public struct Entry: Hashable, Sendable {
        /// The key.
        public var key: String
        /// The value.
        public var value: String
    }
}

/// A `timeWindow`: a calendar period from a start time in a zone, or a rolling duration.
public enum OpenSLOTimeWindow: Hashable, Sendable {
    /// `isRolling: false` with `calendar.startTime` (`2024-01-01 00:00:00`) and
    /// `calendar.timeZone` (an IANA name).
    case calendar(duration: String, startTime: String, timeZone: String)
    /// `isRolling: true`.
    case rolling(duration: String)

    /// The duration shorthand: `1M`, `28d`.
    public var duration: String {
        switch self {
        case .calendar(let duration, _, _), .rolling(let duration): duration
        }
    }
}
