extension PhilosophyComparison {
    /// Standards, matched by id (written or derived); a standard whose id changed but which
    /// measures the same KPI on the same channel is reported as renamed.
    mutating func compareStandards() {
        let matching = ItemMatching(
            old: old.standards, oldKeys: old.standards.map { $0.effectiveID.lowercased() },
            new: new.standards, newKeys: new.standards.map { $0.effectiveID.lowercased() },
            similarity: { first, second in
                guard KPI.lookupKey(first.kpi) == KPI.lookupKey(second.kpi),
                      Slug.make(first.channel ?? "") == Slug.make(second.channel ?? "") else { return 0 }
                return first.objective == second.objective ? 1 : 0.8
            })
        for (index, pair) in matching.counterparts.enumerated() {
            let standard = new.standards[index]
            let subject = ChangeSubject(.standard, id: standard.effectiveID, name: LocalizedText(standard.effectiveID))
            guard let pair else {
                record(subject, .added)
                continue
            }
            compare(pair.old, standard, as: subject)
        }
        for (_, standard) in matching.removed {
            let subject = ChangeSubject(.standard, id: standard.effectiveID, name: LocalizedText(standard.effectiveID))
            record(subject, .removed)
        }
    }

    private mutating func compare(_ before: ServiceStandard, _ after: ServiceStandard, as subject: ChangeSubject) {
        if before.effectiveID.lowercased() != after.effectiveID.lowercased() {
            record(subject, .renamed(from: LocalizedText(before.effectiveID)))
        }
        if KPI.lookupKey(before.kpi) != KPI.lookupKey(after.kpi) {
            record(subject, .setting(.kpi, from: before.kpi, to: after.kpi))
        }
        if before.objective != after.objective {
            let tendency = ObjectiveTendency.between(before.objective, after.objective)
            record(subject, .objective(from: before.objective, to: after.objective, tendency: tendency,
                                       window: after.window))
        }
        if before.window != after.window { record(subject, .window(from: before.window, to: after.window)) }
        if Slug.make(before.channel ?? "") != Slug.make(after.channel ?? "") {
            record(subject, .channel(from: before.channel, to: after.channel))
        }
        if !sameTeam(before.owner, after.owner) {
            record(subject, .owner(from: Self.teamName(before.owner, in: old), to: Self.teamName(after.owner, in: new)))
        }
        compareText(before.statement, after.statement, .statement, of: subject)
        compareText(before.source, after.source, .source, of: subject)
    }
}
