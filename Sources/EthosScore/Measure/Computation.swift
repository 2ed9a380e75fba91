import EthosModel

/// What a KPI's figure is, computed from contacts (`docs/scorecard.md`, "What each KPI is").
enum Computation: Hashable {
    /// The share of contacts whose first reply (or handle time) was within a limit.
    case shareWithin(DurationMetric, microseconds: Int64)
    /// The median first-reply time; a contact never answered counts as infinitely late.
    case medianFirstReply
    /// The mean handle time (talk + hold + wrap).
    case meanHandleTime
    /// Solved at first contact / solved.
    case firstContactResolution
    /// Good answers (4–5) / answers.
    case satisfaction
    /// % of 9–10 minus % of 0–6.
    case netPromoter
    /// The mean effort answer, 1–7, higher is easier.
    case effort

    /// A length of time a contact has.
    enum DurationMetric: Hashable {
        case firstReply, handleTime
    }

    /// How `kpi`'s value is computed from contacts, in the objective's form; `nil` when no
    /// export gives it (it comes from `--actuals`).
    init?(kpi: String, objective: Objective) {
        switch (KPI.lookupKey(kpi), objective) {
        case ("frt", .share(_, let within)): self = .shareWithin(.firstReply, microseconds: Self.microseconds(within))
        case ("aht", .share(_, let within)): self = .shareWithin(.handleTime, microseconds: Self.microseconds(within))
        case (_, .share): return nil
        default: self.init(kpi: kpi)
        }
    }

    /// How `kpi`'s own value (not a share) is computed, for the KPI rows of the scorecard.
    init?(kpi: String) {
        switch KPI.lookupKey(kpi) {
        case "frt": self = .medianFirstReply
        case "aht": self = .meanHandleTime
        case "fcr": self = .firstContactResolution
        case "csat": self = .satisfaction
        case "nps": self = .netPromoter
        case "ces": self = .effort
        default: return nil
        }
    }

    /// The KPIs computed from contacts, in the order the scorecard lists them.
    static let contactKPIs = ["FRT", "AHT", "FCR", "CSAT", "NPS", "CES"]

    /// Whether a window's value is `hits / counted` (reported with its `hits`).
    var isRatio: Bool {
        switch self {
        case .shareWithin, .firstContactResolution, .satisfaction: true
        default: false
        }
    }

    /// The contact fields (and other inputs) that give this computation, for the "no data" note.
    var sources: String {
        switch self {
        case .shareWithin(.firstReply, _), .medianFirstReply:
            "a contacts column for first_reply, first_reply_seconds, first_reply_minutes or wait_seconds"
        case .shareWithin(.handleTime, _), .meanHandleTime:
            "a contacts column for talk_seconds, hold_seconds, wrap_seconds, handle_seconds or handle_minutes"
        case .firstContactResolution: "a contacts column for solved"
        case .satisfaction: "a contacts column for csat, or csat answers in --surveys"
        case .netPromoter: "a contacts column for nps, or nps answers in --surveys"
        case .effort: "a contacts column for ces, or ces answers in --surveys"
        }
    }

    /// The contact fields any of which gives this computation.
    var fields: [ContactField] {
        switch self {
        case .shareWithin(.firstReply, _), .medianFirstReply: [.firstReply, .firstReplySeconds, .firstReplyMinutes, .waitSeconds]
        case .shareWithin(.handleTime, _), .meanHandleTime: [.talkSeconds, .holdSeconds, .wrapSeconds, .handleSeconds, .handleMinutes]
        case .firstContactResolution: [.solved]
        case .satisfaction: [.csat]
        case .netPromoter: [.nps]
        case .effort: [.ces]
        }
    }

    /// The survey type (`--surveys`) whose answers count here.
    var surveyType: String? {
        switch self {
        case .satisfaction: "csat"
        case .netPromoter: "nps"
        case .effort: "ces"
        default: nil
        }
    }

    private static func microseconds(_ duration: ServiceDuration) -> Int64 {
        Int64((duration.totalSeconds * 1_000_000).rounded())
    }
}
