import EthosModel

/// Why a standard has no OpenSLO document: an OpenSLO objective is a share of good events
/// with a target below 100 %.
enum OpenSLOSkip: Error, Equatable {
    /// The target leaves no room for a miss: a share of 100 % (or `at-most: 0%`).
    case noErrorBudget
    /// The objective bounds a value that is no share of events: a median or mean time, a
    /// score (NPS, CES), a count or an amount.
    case notAShare(KPIUnit)
    /// The KPI is neither built in nor declared, so nothing says what it counts; only a
    /// philosophy built in Swift without the model checks can have one.
    case unknownKPI

    /// The `openslo-skipped` warning for `standard`, at its objective (at its KPI for
    /// ``unknownKPI``).
    func warning(for standard: ServiceStandard, at index: Int) -> Diagnostic {
        let objective = standard.objective
        let written = "\(ObjectiveKeys.shared[keyPath: objective.form].name): \(Self.value(of: objective))"
        let path = FieldPath.standard(index)
        let (reason, fix): (String, String) = switch self {
        case .unknownKPI:
            ("its KPI '\(standard.kpi)' is neither built in nor declared, so nothing says what it counts",
             "declare it under 'kpis', or use a built-in KPI")
        case .noErrorBudget:
            ("'\(written)' leaves no room for a miss, and an OpenSLO target must be below 100 % (an error budget above zero)",
             "a target such as 99.9% can be exported")
        case .notAShare(.duration):
            ("'\(written)' bounds a median or mean time, not a share of good events",
             "write it as a share to export it, such as { share: 90%, within: \(Self.value(of: objective)) }")
        case .notAShare(.score):
            ("'\(written)' bounds a score (a mean or a difference of answers), not a share of good events",
             "OpenSLO objectives are shares of good events; a percent KPI such as CSAT can be exported")
        case .notAShare:
            ("'\(written)' bounds an amount, not a share of good events",
             "OpenSLO objectives are shares of good events; share objectives and percent KPIs can be exported")
        }
        return Diagnostic(.warning, .openSLOSkipped,
                          "standard '\(standard.effectiveID)' is not exported to OpenSLO: \(reason)", fix: fix,
                          at: self == .unknownKPI ? path.kpi : path.objective[dynamicMember: objective.form])
    }

    /// The objective's number as the file writes it: `90%`, `6m`, `50`.
    private static func value(of objective: Objective) -> String {
        switch objective {
        case .atLeast(let measure), .atMost(let measure): measure.fileSyntax
        case .share(let share, _): Measure.percent(share).fileSyntax
        }
    }
}
