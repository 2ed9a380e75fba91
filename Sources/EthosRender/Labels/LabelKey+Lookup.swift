import EthosModel

/// The labels that name a value of the model: a period, a unit, a direction, an owner.
extension LabelKey {
    /// The period a standard is judged over: `month`.
    package static func window(_ period: Window.CalendarPeriod) -> LabelKey {
        switch period {
        case .day: .windowDay
        case .week: .windowWeek
        case .month: .windowMonth
        case .quarter: .windowQuarter
        case .year: .windowYear
        }
    }

    /// How often refresher training happens: `monthly`.
    package static func every(_ period: Window.CalendarPeriod) -> LabelKey {
        switch period {
        case .day: .everyDay
        case .week: .everyWeek
        case .month: .everyMonth
        case .quarter: .everyQuarter
        case .year: .everyYear
        }
    }

    /// A KPI's unit in the catalogue: `percent`.
    package static func unit(_ unit: KPIUnit) -> LabelKey {
        switch unit {
        case .score: .unitScore
        case .percent: .unitPercent
        case .duration: .unitDuration
        case .count: .unitCount
        case .currency: .unitCurrency
        }
    }

    /// Which way a KPI improves, in the catalogue: `higher`.
    package static func better(_ direction: KPIDirection) -> LabelKey {
        switch direction {
        case .higher: .betterHigher
        case .lower: .betterLower
        }
    }

    /// The label of a task owner the format names (`manager`, `new-hire`, in any case);
    /// `nil` for an owner of the file's own.
    static func owner(named owner: String) -> LabelKey? {
        switch owner.lowercased() {
        case "manager": .ownerManager
        case "buddy": .ownerBuddy
        case "hr": .ownerHr
        case "new-hire", "hire": .ownerNewHire
        case "trainer": .ownerTrainer
        default: nil
        }
    }
}
