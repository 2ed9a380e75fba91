extension PhilosophyComparison {
    /// Recovery plans, matched by the slug of their situation; a plan whose situation was
    /// reworded but whose response stayed nearly the same is the same plan.
    mutating func compareRecoveryPlans() {
        let situation = { (plan: RecoveryPlan, philosophy: Philosophy) in
            philosophy.text(plan.situation, in: philosophy.defaultLocale)
        }
        let matching = ItemMatching(
            old: old.recovery, oldKeys: old.recovery.map { Slug.make(situation($0, old)) },
            new: new.recovery, newKeys: new.recovery.map { Slug.make(situation($0, new)) },
            similarity: { first, second in
                TextSimilarity.of(old.text(first.response, in: old.defaultLocale),
                                  new.text(second.response, in: new.defaultLocale))
            })
        for (index, pair) in matching.counterparts.enumerated() {
            let plan = new.recovery[index]
            let subject = ChangeSubject(.recoveryPlan, id: Slug.make(situation(plan, new)), name: plan.situation)
            guard let pair else {
                record(subject, .added)
                continue
            }
            compareText(pair.old.situation, plan.situation, .situation, of: subject)
            if pair.old.respondWithin != plan.respondWithin {
                let tendency = ObjectiveTendency.between(pair.old.respondWithin, plan.respondWithin)
                record(subject, .deadline(from: pair.old.respondWithin, to: plan.respondWithin, tendency: tendency))
            }
            if !sameTeam(pair.old.escalateTo, plan.escalateTo) {
                record(subject, .escalation(from: Self.teamName(pair.old.escalateTo, in: old),
                                            to: Self.teamName(plan.escalateTo, in: new)))
            }
            compareText(pair.old.response, plan.response, .response, of: subject)
        }
        for (_, plan) in matching.removed {
            record(ChangeSubject(.recoveryPlan, id: Slug.make(situation(plan, old)), name: plan.situation), .removed)
        }
    }

    /// Teams, matched by the slug of their name (see ``teams``), with their onboarding tasks.
    mutating func compareTeams() {
        for (index, pair) in teams.counterparts.enumerated() {
            let team = new.teams[index]
            let subject = ChangeSubject(.team, id: new.slug(ofTeamAt: index), name: team.name)
            guard let pair else {
                record(subject, .added)
                continue
            }
            if pair.old.name != team.name { record(subject, .renamed(from: pair.old.name)) }
            compareText(pair.old.activities, team.activities, .activities, of: subject)
            compareKPIList(pair.old.kpis, team.kpis, of: subject)
            compareTasks(pair.old.onboarding, team.onboarding, team: team.name)
        }
        for (index, team) in teams.removed {
            record(ChangeSubject(.team, id: old.slug(ofTeamAt: index), name: team.name), .removed)
        }
    }

    /// The company's onboarding phases, refresher and tasks.
    mutating func compareOnboarding() {
        let phases = { (onboarding: Onboarding?) in
            (onboarding?.effectivePhases ?? Phase.defaults).map(\.description).joined(separator: ", ")
        }
        let subject = philosophy("onboarding")
        compareSetting(phases(old.onboarding), phases(new.onboarding), .phases, of: subject)
        if old.onboarding?.refresher != new.onboarding?.refresher {
            record(subject, .window(from: old.onboarding?.refresher, to: new.onboarding?.refresher))
        }
        compareTasks(old.onboarding?.tasks ?? [], new.onboarding?.tasks ?? [], team: nil)
    }

    /// Onboarding tasks, matched by the slug of their text; a task reworded in the same
    /// phase is the same task.
    private mutating func compareTasks(_ before: [OnboardingTask], _ after: [OnboardingTask], team: LocalizedText?) {
        let key = { (task: OnboardingTask, philosophy: Philosophy) in
            Slug.make(philosophy.text(task.task, in: philosophy.defaultLocale))
        }
        let matching = ItemMatching(
            old: before, oldKeys: before.map { key($0, old) }, new: after, newKeys: after.map { key($0, new) },
            similarity: { first, second in
                let text = TextSimilarity.of(old.text(first.task, in: old.defaultLocale),
                                             new.text(second.task, in: new.defaultLocale))
                return first.phase == second.phase ? text : text * 0.9
            })
        for (index, pair) in matching.counterparts.enumerated() {
            let task = after[index]
            let subject = ChangeSubject(.task, id: key(task, new), name: task.task, team: team)
            guard let pair else {
                record(subject, .added)
                continue
            }
            compareText(pair.old.task, task.task, .task, of: subject)
            if pair.old.phase != task.phase { record(subject, .phase(from: pair.old.phase, to: task.phase)) }
            if pair.old.owner != task.owner { record(subject, .taskOwner(from: pair.old.owner, to: task.owner)) }
        }
        for (_, task) in matching.removed {
            record(ChangeSubject(.task, id: key(task, old), name: task.task, team: team), .removed)
        }
    }
}
