extension PhilosophyChecker {
    mutating func checkValues() {
        let values = FieldPath.root.key("values")
        for (index, value) in philosophy.values.enumerated() {
            checkKPIReferences(value.kpis, at: values.index(index).key("kpis"))
        }
        checkUnique(philosophy.values.map { name($0.name) }, slugs: philosophy.values.indices.map(philosophy.slug(ofValueAt:)),
                    kind: "value", list: "values")
    }

    mutating func checkTeams() {
        let teams = FieldPath.root.key("teams")
        for (index, team) in philosophy.teams.enumerated() {
            checkKPIReferences(team.kpis, at: teams.index(index).key("kpis"))
            checkPhases(of: team.onboarding, at: teams.index(index).key("onboarding"))
        }
        checkUnique(philosophy.teams.map { name($0.name) }, slugs: philosophy.teams.indices.map(philosophy.slug(ofTeamAt:)),
                    kind: "team", list: "teams")
    }

    mutating func checkChannels() {
        let names = philosophy.channels.map(\.name)
        checkUnique(names, slugs: names.map(Slug.make), kind: "channel", list: "channels")
    }

    mutating func checkRecovery() {
        for (index, plan) in philosophy.recovery.enumerated() {
            if let team = plan.escalateTo {
                checkTeamReference(team, at: FieldPath.root.key("recovery").index(index).key("escalate-to"))
            }
        }
    }

    mutating func checkOnboarding() {
        guard let onboarding = philosophy.onboarding else { return }
        let path = FieldPath.root.key("onboarding")
        var seen: [Phase: Int] = [:]
        for (index, phase) in (onboarding.phases ?? []).enumerated() {
            if let first = seen[phase] {
                report(.duplicateID, "phase '\(phase)' is listed twice", at: path.key("phases").index(index),
                       earlier: path.key("phases").index(first))
            } else {
                seen[phase] = index
            }
        }
        checkPhases(of: onboarding.tasks, at: path.key("tasks"))
    }

    private mutating func checkPhases(of tasks: [OnboardingTask], at path: FieldPath) {
        let phases = philosophy.onboarding?.effectivePhases ?? Phase.defaults
        for (index, task) in tasks.enumerated() where !phases.contains(task.phase) {
            report(.unknownPhase, "phase '\(task.phase)' is not among the onboarding phases",
                   fix: "use one of \(phases.map(\.description).joined(separator: ", ")) or add it to 'onboarding.phases'",
                   at: path.index(index).key("phase"))
        }
    }

    /// Reports `reference` unless a team has that name in some locale.
    mutating func checkTeamReference(_ reference: String, at path: FieldPath) {
        guard !teamNameSet.contains(reference) else { return }
        let names = teamNames
        let fix = Suggestion.closest(to: reference, among: names, caseInsensitive: true).map { "did you mean '\($0)'?" }
            ?? (names.isEmpty ? "add the team under 'teams'" : "use one of: \(names.joined(separator: ", "))")
        report(.unknownTeam, "no team is named '\(reference)'", fix: fix, at: path)
    }
}
