import EthosModel

/// Builds a team's onboarding checklist from the philosophy, as the format describes: reading
/// the philosophy, each value to put in one's own words, the team's KPIs with definition and
/// target, a role play of each recovery situation, then the file's tasks and the team's own.
///
/// Generated items fall in the first phases: reading in the first, the rest in the second
/// (or the first, when there is only one). Items are in phase order; within a phase, in the
/// order above. A task due in phase day-N is due on day N, week-N on day 7·N; with a start
/// date, day 1 is the start date.
public enum ChecklistBuilder {
    /// The checklist for `team` in `locale`, with due dates from `start` when given.
    public static func make(for team: Team, in philosophy: Philosophy, locale: LocaleID,
                            start: CalendarDate? = nil) -> Checklist {
        make(for: team, context: RenderContext(philosophy, locale: locale), start: start)
    }

    /// Every team's checklist in `locale`, in file order: ``make(for:in:locale:start:)`` for
    /// each team, with the words, sentences and slugs worked out once instead of once a team.
    public static func makeAll(in philosophy: Philosophy, locale: LocaleID, start: CalendarDate? = nil) -> [Checklist] {
        let context = RenderContext(philosophy, locale: locale)
        return philosophy.teams.map { make(for: $0, context: context, start: start) }
    }

    /// The checklist for `team` with the words and sentences of `context`.
    static func make(for team: Team, context: RenderContext, start: CalendarDate?) -> Checklist {
        let (philosophy, locale, labels) = (context.philosophy, context.locale, context.labels)
        let onboarding = philosophy.onboarding ?? Onboarding()
        let phases = OnboardingPhases.ordered(onboarding.effectivePhases)
        let first = phases.first ?? .day(1)
        let second = phases.count > 1 ? phases[1] : first

        var drafts: [(phase: Phase, name: String, detail: String?, owner: String?)] = []
        drafts.append((first, labels[.readPhilosophy], labels[.readPhilosophyDetail], "new-hire"))
        for value in philosophy.values {
            let name = labels[.valueInOwnWords, ["value": context.text(value.name)]]
            drafts.append((second, name, context.text(value.action), "new-hire"))
        }
        for id in team.kpis {
            guard let kpi = context.catalog.kpi(id) else { continue }
            let title = kpi.displayName(in: locale, defaultLocale: philosophy.defaultLocale)
            let targets = context.targets(of: kpi)
            let detail = ([kpi.definition.map(context.text)].compactMap { $0 }
                + (targets.isEmpty ? [] : ["\(labels[.target]): " + targets.joined(separator: " ")]))
                .joined(separator: " ")
            drafts.append((second, labels[.learnKPI, ["kpi": title]], detail.isEmpty ? nil : detail, "manager"))
        }
        for (plan, responseTime) in zip(philosophy.recovery, context.responseTimes) {
            let within = responseTime.map { labels[.respondWithin, ["duration": $0]] }
            let detail = ([context.text(plan.response)] + [within].compactMap { $0 }).joined(separator: " ")
            drafts.append((second, labels[.rolePlay, ["situation": context.text(plan.situation)]], detail, "buddy"))
        }
        for task in onboarding.tasks + team.onboarding {
            drafts.append((task.phase, context.text(task.task), nil, task.owner))
        }

        let ordered = drafts.enumerated().sorted { ($0.element.phase, $0.offset) < ($1.element.phase, $1.offset) }
        // A checklist travels as CSV and calendar too: its texts carry no language marks.
        let items = ordered.map { _, draft in
            Checklist.Item(name: LanguageMarks.strip(draft.name), detail: draft.detail.map(LanguageMarks.strip), phase: draft.phase,
                           owner: draft.owner.map(labels.owner), dueDay: draft.phase.dueDay,
                           dueDate: start.flatMap { $0.addingDays(draft.phase.dueDay - 1) })
        }
        return Checklist(team: LanguageMarks.strip(context.text(team.name)), teamSlug: context.slug(of: team), company: philosophy.company,
                         locale: locale, start: start, items: items)
    }
}
