import EthosModel
import EthosScore

/// What a standard's window values are, so each is written the way it reads: a share as a
/// percentage, a duration in minutes and seconds, a score as a number.
enum ScoreValueKind: Sendable {
    case share, duration, number

    /// The kind of `standard`'s values: from its objective in the philosophy when there is
    /// one of that id, else from the KPI's unit in the catalogue.
    init(_ standard: StandardScore, objective: Objective?, catalog: KPICatalog) {
        if standard.objective.share != nil {
            self = .share
            return
        }
        switch objective {
        case .share: self = .share
        case .atLeast(let measure), .atMost(let measure): self = Self(measure)
        case nil:
            switch catalog.kpi(standard.kpi)?.unit {
            case .percent: self = .share
            case .duration: self = .duration
            default: self = .number
            }
        }
    }

    private init(_ measure: Measure) {
        switch measure {
        case .percent: self = .share
        case .duration: self = .duration
        case .number: self = .number
        }
    }

    /// `value` written in `format`'s locale, each kind with one decimal at most: `91.2%`,
    /// `2 min, 5 sec`, `35.5`.
    func text(_ value: Double, format: LocalizedFormat) -> String {
        switch self {
        case .share: format.percentOneDecimal(value)
        case .duration: format.elapsed(seconds: value)
        case .number: format.numberOneDecimal(value)
        }
    }
}
