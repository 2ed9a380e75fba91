extension PhilosophyChecker {
    mutating func checkKPIs() {
        var seen: [String: Int] = [:]
        for (index, definition) in philosophy.kpis.enumerated() {
            let path = FieldPath.kpi(index)
            let key = KPI.lookupKey(definition.id)
            if let first = seen[key] {
                report(.duplicateID, "KPI '\(definition.id)' is defined twice", at: path.id,
                       earlier: FieldPath.kpi(first).id)
                continue
            }
            seen[key] = index
            if KPICatalog.builtIn.kpi(definition.id) == nil {
                let missing = [("name", definition.name == nil), ("unit", definition.unit == nil),
                               ("direction", definition.direction == nil)].filter(\.1).map(\.0)
                // A key the reader found but could not read is malformed, not missing.
                if !missing.isEmpty, !unread.containsField(in: path.path) {
                    report(.missingKey, "new KPI '\(definition.id)' needs \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                           fix: KPICatalog.builtIn.suggestion(for: definition.id).map { "to override a built-in, did you mean '\($0)'?" },
                           at: path.path)
                }
            }
            if let range = definition.range, let lower = range.lower, let upper = range.upper, lower > upper {
                report(.badRange, "the range's lower end is above its upper end", fix: "write [min, max]",
                       at: path.range)
            }
        }
    }

    mutating func checkStandards() {
        var seenIDs: [String: Int] = [:]
        let channelNames = philosophy.channels.map(\.name)
        let channelNameSet = Set(channelNames)
        for (index, standard) in philosophy.standards.enumerated() {
            let path = FieldPath.standard(index)
            if let kpi = catalog.kpi(standard.kpi) {
                checkObjective(standard.objective, of: kpi, at: path.objective)
            } else {
                reportUnknownKPI(standard.kpi, at: path.kpi)
            }
            if let channel = standard.channel, !channelNameSet.contains(channel) {
                let fix = Suggestion.closest(to: channel, among: channelNames, caseInsensitive: true).map { "did you mean '\($0)'?" }
                    ?? (channelNames.isEmpty ? "add it under 'channels'" : "use one of: \(channelNames.joined(separator: ", "))")
                report(.unknownChannel, "no channel is named '\(channel)'", fix: fix, at: path.channel)
            }
            if let owner = standard.owner {
                checkTeamReference(owner, at: path.owner)
            }
            let id = standard.effectiveID.lowercased()
            if let first = seenIDs[id] {
                let earlier = philosophy.standards[first].id == nil ? FieldPath.standard(first).path : FieldPath.standard(first).id
                report(.duplicateID, "standard id '\(standard.effectiveID)' is used twice",
                       fix: standard.id == nil ? "give one of them its own 'id'" : nil,
                       at: standard.id == nil ? path.path : path.id, earlier: earlier)
            } else {
                seenIDs[id] = index
            }
        }
    }

    private mutating func checkObjective(_ objective: Objective, of kpi: KPI, at path: FormatPath<ObjectiveKeys>) {
        switch objective {
        case .atLeast(let measure), .atMost(let measure):
            let valuePath = path[dynamicMember: objective.form]
            guard measure.fits(kpi.unit) else {
                report(.objectiveUnit, "\(kpi.id) is measured in \(kpi.unit.rawValue) but '\(measure.fileSyntax)' is not",
                       fix: Self.example(for: kpi.unit).map { "write a \(kpi.unit.rawValue) value such as '\($0)'" },
                       at: valuePath)
                return
            }
            if let range = kpi.range, !range.contains(measure.magnitude) {
                report(.targetOutOfRange, "target \(measure.fileSyntax) is outside \(kpi.id)'s range \(describe(range, of: kpi))",
                       fix: "write a target within \(describe(range, of: kpi)); \(kpi.id) cannot go beyond it",
                       at: valuePath)
            }
        case .share(let share, _):
            if kpi.unit != .duration {
                report(.objectiveUnit, "'share' and 'within' need a duration KPI, but \(kpi.id) is measured in \(kpi.unit.rawValue)",
                       fix: "use 'at-least' or 'at-most'", at: path.share)
            }
            if !(share > 0 && share <= 1) {
                report(.targetOutOfRange, "share \(Measure.percent(share).fileSyntax) is not between 0% and 100%",
                       fix: share > 1 ? "write a share of at most 100%, such as 95%" : "write a share above 0%, such as 90%",
                       at: path.share)
            }
        }
    }

    private func describe(_ range: KPIRange, of kpi: KPI) -> String {
        range.description { bound($0, of: kpi) }
    }

    /// `value` written as a target of `kpi`: `100`, `95%`, `2m`.
    private func bound(_ value: Double, of kpi: KPI) -> String {
        switch kpi.unit {
        case .percent: Measure.percent(value).fileSyntax
        case .duration: ServiceDuration.seconds(value).description
        case .score, .count, .currency: Measure.number(value).fileSyntax
        }
    }

    static func example(for unit: KPIUnit) -> String? {
        switch unit {
        case .percent: "90%"
        case .duration: "2m"
        case .score, .count, .currency: "50"
        }
    }
}
