import EthosModel

/// The result of `ethos score`: every standard judged window by window, company-wide and per
/// team, the KPIs' own figures, and every problem with the input. Its JSON (``json()``)
/// is the contract `ethos build --scores` reads; `docs/scorecard.md` describes each key.
public struct Scorecard: Codable, Hashable, Sendable {
    /// The version of the JSON contract.
    public var version: Int
    /// The philosophy's company.
    public var company: String
    /// The IANA time zone windows are counted in.
    public var timezone: String
    /// Windows with fewer counted contacts are `not-enough-data`.
    public var minSample: Int
    /// What was read.
    public var data: DataSummary
    /// Every standard of the philosophy, in its order.
    public var standards: [StandardScore]
    /// Every KPI the contacts give, per month, company-wide.
    public var kpis: [KPIScore]
    /// Every rejected row and every warning, in file order.
    public var problems: [Problem]

    /// Creates a scorecard.
    public init(version: Int = 1, company: String, timezone: String, minSample: Int, data: DataSummary,
                standards: [StandardScore], kpis: [KPIScore], problems: [Problem]) {
        self.version = version
        self.company = company
        self.timezone = timezone
        self.minSample = minSample
        self.data = data
        self.standards = standards
        self.kpis = kpis
        self.problems = problems
    }

    private enum CodingKeys: String, CodingKey {
        case version = "ethos-score", company, timezone, minSample = "min-sample", data, standards, kpis, problems
    }

    /// What was read.
    public struct DataSummary: Codable, Hashable, Sendable {
        /// The contact files, as named on the command line.
        public var files: [String]
        /// Records read, header lines not counted.
        public var rows: Int
        /// Distinct ids among the accepted rows.
        public var contacts: Int
        /// Rows whose id was read before (the later row counts).
        public var duplicates: Int
        /// Rows rejected for a bad cell.
        public var rejected: Int
        /// The earliest local day of any timestamp; `nil` without contacts.
        public var from: String?
        /// The latest local day of any timestamp; `nil` without contacts.
        public var to: String?

        /// Creates a summary.
        public init(files: [String], rows: Int, contacts: Int, duplicates: Int, rejected: Int, from: String?, to: String?) {
            self.files = files
            self.rows = rows
            self.contacts = contacts
            self.duplicates = duplicates
            self.rejected = rejected
            self.from = from
            self.to = to
        }
    }

    /// A problem with the input, located at the record's first physical line and the 1-based
    /// field number.
    public struct Problem: Codable, Hashable, Sendable {
        /// The file, as named on the command line.
        public var file: String
        /// The physical line where the record starts.
        public var line: Int
        /// The 1-based field number.
        public var column: Int
        /// `error` (the row is rejected) or `warning`.
        public var severity: String
        /// The rule id: `bad-timestamp`, `duplicate-id` …
        public var rule: String
        /// What is wrong, in plain words.
        public var message: String
        /// How to fix it, when a fix is likely.
        public var fix: String?

        /// The problem of `diagnostic`.
        public init(_ diagnostic: Diagnostic) {
            file = diagnostic.location?.file ?? ""
            line = diagnostic.location?.line ?? 0
            column = diagnostic.location?.column ?? 0
            severity = diagnostic.severity.rawValue
            rule = diagnostic.rule.rawValue
            message = diagnostic.fullMessage
            fix = diagnostic.fix
        }

        /// The problem as a diagnostic again, to print it as every Ethos diagnostic is printed.
        public var diagnostic: Diagnostic {
            Diagnostic(Severity(rawValue: severity) ?? .error, RuleID(rawValue: rule), message, fix: fix,
                       location: SourceLocation(file: file, line: line, column: column))
        }
    }
}

/// How one standard fared.
public struct StandardScore: Codable, Hashable, Sendable {
    /// The standard's id (`frt-phone`).
    public var id: String
    /// The KPI measured, as the standard names it.
    public var kpi: String
    /// The channel the standard is limited to.
    public var channel: String?
    /// The team that owns the standard.
    public var owner: String?
    /// The window as written (`month`, `28d`); `month` when the standard gives none.
    public var window: String
    /// The objective in numbers.
    public var objective: ObjectiveSummary
    /// Oldest first.
    public var windows: [WindowScore]
    /// When no input gave the KPI: which input would.
    public var noData: String?

    /// Creates a standard's score.
    public init(id: String, kpi: String, channel: String?, owner: String?, window: String, objective: ObjectiveSummary,
                windows: [WindowScore], noData: String?) {
        self.id = id
        self.kpi = kpi
        self.channel = channel
        self.owner = owner
        self.window = window
        self.objective = objective
        self.windows = windows
        self.noData = noData
    }

    private enum CodingKeys: String, CodingKey {
        case id, kpi, channel, owner, window, objective, windows, noData = "no-data"
    }

    /// The last window that is not partial, which the text output and `--fail-on` judge.
    public var lastComplete: WindowScore? { windows.last { !$0.partial } }
}

/// A standard's objective in numbers: shares as fractions, durations in seconds.
public struct ObjectiveSummary: Codable, Hashable, Sendable {
    /// A share objective's share, as a fraction.
    public var share: Double?
    /// A share objective's limit, in seconds.
    public var withinSeconds: Double?
    /// An at-least target, in the KPI's unit (fractions, seconds, numbers).
    public var atLeast: Double?
    /// An at-most target, in the KPI's unit.
    public var atMost: Double?

    /// The numbers of `objective`.
    public init(_ objective: Objective) {
        switch objective {
        case .share(let share, let within):
            self.share = share
            withinSeconds = within.totalSeconds
        case .atLeast(let measure): atLeast = measure.magnitude
        case .atMost(let measure): atMost = measure.magnitude
        }
    }

    private enum CodingKeys: String, CodingKey {
        case share, withinSeconds = "within-seconds", atLeast = "at-least", atMost = "at-most"
    }
}

/// Whether a window kept its standard.
public enum ScoreStatus: String, Codable, Hashable, Sendable {
    case met, missed
    case notEnoughData = "not-enough-data"
}

/// One window of a standard: company-wide, and per team.
public struct WindowScore: Codable, Hashable, Sendable {
    /// The first day (inclusive) and the day after the last (exclusive), in the time zone.
    public var start: String
    /// The day after the last day (exclusive).
    public var end: String
    /// Whether the data ends before the window's last day.
    public var partial: Bool
    /// Contacts or answers counted; `nil` for figures from `--actuals`.
    public var counted: Int?
    /// The numerator of a share.
    public var hits: Int?
    /// Fractions for shares, seconds for durations, numbers for scores; rounded to 4 decimals.
    public var value: Double?
    /// Met, missed, or not judged for want of data.
    public var status: ScoreStatus
    /// For share objectives: misses allowed and used.
    public var budget: Budget?
    /// By team name; a team appears when it has a counted contact in the window.
    public var teams: [String: TeamScore]

    private enum CodingKeys: String, CodingKey {
        case start, end, partial, counted, hits, value, status, budget, teams
    }

    /// Writes `value` as `null` when there is none (an empty window), as the contract asks.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(partial, forKey: .partial)
        try container.encodeIfPresent(counted, forKey: .counted)
        try container.encodeIfPresent(hits, forKey: .hits)
        try container.encode(value, forKey: .value)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(budget, forKey: .budget)
        try container.encode(teams, forKey: .teams)
    }

    /// Creates a window's score.
    public init(start: String, end: String, partial: Bool, counted: Int?, hits: Int?, value: Double?,
                status: ScoreStatus, budget: Budget?, teams: [String: TeamScore]) {
        self.start = start
        self.end = end
        self.partial = partial
        self.counted = counted
        self.hits = hits
        self.value = value
        self.status = status
        self.budget = budget
        self.teams = teams
    }
}

/// A share objective's error budget: `allowed` = floor((1 − share) × counted), `used` = misses.
public struct Budget: Codable, Hashable, Sendable {
    /// Misses the share allows: floor((1 − share) × counted).
    public var allowed: Int
    /// Contacts not within the limit.
    public var used: Int

    /// Creates a budget.
    public init(allowed: Int, used: Int) {
        self.allowed = allowed
        self.used = used
    }
}

/// One team in one window.
public struct TeamScore: Codable, Hashable, Sendable {
    /// Contacts or answers counted; `nil` for figures from `--actuals`.
    public var counted: Int?
    /// The numerator of a share.
    public var hits: Int?
    /// The figure, rounded to 4 decimals.
    public var value: Double?
    /// Met, missed, or not judged for want of data.
    public var status: ScoreStatus
    /// For share objectives: misses allowed and used.
    public var budget: Budget?

    /// Creates a team's score.
    public init(counted: Int?, hits: Int?, value: Double?, status: ScoreStatus, budget: Budget?) {
        self.counted = counted
        self.hits = hits
        self.value = value
        self.status = status
        self.budget = budget
    }
}

/// A KPI's own figure per month, company-wide, whether or not a standard uses it.
public struct KPIScore: Codable, Hashable, Sendable {
    /// The KPI's id.
    public var id: String
    /// Its months, oldest first.
    public var windows: [Window]

    /// Creates a KPI's row.
    public init(id: String, windows: [Window]) {
        self.id = id
        self.windows = windows
    }

    /// One month.
    public struct Window: Codable, Hashable, Sendable {
        /// The first day.
        public var start: String
        /// The day after the last day (exclusive).
        public var end: String
        /// Contacts or answers counted.
        public var counted: Int
        /// The figure, rounded to 4 decimals.
        public var value: Double?

        private enum CodingKeys: String, CodingKey {
            case start, end, counted, value
        }

        /// Writes `value` as `null` for a month without data.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(counted, forKey: .counted)
            try container.encode(value, forKey: .value)
        }

        /// Creates a month.
        public init(start: String, end: String, counted: Int, value: Double?) {
            self.start = start
            self.end = end
            self.counted = counted
            self.value = value
        }
    }
}
