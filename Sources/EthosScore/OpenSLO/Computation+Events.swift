import EthosModel

extension Computation {
    /// What the scorecard's `hits` and `counted` of a ratio count (`docs/scorecard.md`,
    /// "What each KPI is"), in words for an OpenSLO metric source; `nil` for a computation
    /// that is no ratio. `objective` gives the limit of a share.
    func events(of objective: Objective) -> (hits: String, counted: String)? {
        let limit = if case .share(_, let within) = objective { within.description } else { "" }
        switch self {
        case .shareWithin(.firstReply, _):
            return ("contacts first answered at most \(limit) after created (a phone or chat contact with a wait: "
                        + "whose wait was at most \(limit)); a contact never answered, or abandoned, is not within",
                    "contacts, dated by created")
        case .shareWithin(.handleTime, _):
            return ("contacts whose handle time (talk + hold + wrap) was at most \(limit)",
                    "contacts with a handle time, dated by created")
        case .firstContactResolution:
            return ("solved contacts resolved at first contact", "solved contacts, dated by solved")
        case .satisfaction:
            return ("good satisfaction answers (4-5)", "satisfaction answers, dated by solved, else created")
        case .medianFirstReply, .meanHandleTime, .netPromoter, .effort:
            return nil
        }
    }
}
