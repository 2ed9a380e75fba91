extension PhilosophyChecker {
    mutating func checkValues() {
        for (index, value) in philosophy.values.enumerated() {
            checkKPIReferences(value.kpis, at: FieldPath.value(index).kpis)
        }
        checkUnique(philosophy.values.map { name($0.name) }, slugs: philosophy.values.indices.map(philosophy.slug(ofValueAt:)),
                    kind: "value", namePath: { FieldPath.value($0).name })
    }

    mutating func checkTeams() {
        for (index, team) in philosophy.teams.enumerated() {
            checkKPIReferences(team.kpis, at: FieldPath.team(index).kpis)
            checkPhases(of: team.onboarding, at: FieldPath.team(index).onboarding)
        }
        checkUnique(philosophy.teams.map { name($0.name) }, slugs: philosophy.teams.indices.map(philosophy.slug(ofTeamAt:)),
                    kind: "team", namePath: { FieldPath.team($0).name })
    }

    mutating func checkChannels() {
        let names = philosophy.channels.map(\.name)
        checkUnique(names, slugs: names.map(Slug.make), kind: "channel", namePath: { FieldPath.channel($0).name })
    }

    mutating func checkRecovery() {
        for (index, plan) in philosophy.recovery.enumerated() {
            if let team = plan.escalateTo {
                checkTeamReference(team, at: FieldPath.recoveryPlan(index).escalateTo)
            }
        }
    }

    mutating func checkOnboarding() {
        guard let onboarding = philosophy.onboarding else { return }
        let path = FieldPath.philosophy.onboarding
        var seen: [Phase: Int] = [:]
        for (index, phase) in (onboarding.phases ?? []).enumerated() {
            if let first = seen[phase] {
                report(.duplicateID, "phase '\(phase)' is listed twice", at: path.phases(index), earlier: path.phases(first))
            } else {
                seen[phase] = index
            }
        }
        checkPhases(of: onboarding.tasks, at: path.tasks)
    }

    private mutating func checkPhases(of tasks: [OnboardingTask], at path: FormatListPath<TaskKeys>) {
        let phases = philosophy.onboarding?.effectivePhases ?? Phase.defaults
        for (index, task) in tasks.enumerated() where !phases.contains(task.phase) {
            report(.unknownPhase, "phase '\(task.phase)' is not among the onboarding phases",
                   fix: "use one of \(phases.map(\.description).joined(separator: ", ")) or add it to 'onboarding.phases'",
                   at: path(index).phase)
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
