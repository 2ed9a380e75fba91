import EthosModel

/// Builds a team's onboarding checklist from the philosophy, as the format describes: reading
/// the philosophy, each value to put in one's own words, the team's KPIs with definition and
/// target, a role play of each recovery situation, then the file's tasks and the team's own.
///
/// Generated items fall in the first phases: reading in the first, the rest in the second
/// (or the first, when there is only one). Items are in the order of their due days; within a
/// phase, in the order above.
///
/// Due days count working days (`WorkingDays`): the philosophy's `calendar` and any extra
/// holidays decide which days those are. `day-N` is due on working day N, `week-N` on the
/// last working day of the N-th working week. With a start date, day 1 is the start date, or
/// the first working day after it when people do not work on it.
public enum ChecklistBuilder {
    /// The checklist for `team` in `locale`, with due dates from `start` when given.
    public static func make(for team: Team, in philosophy: Philosophy, locale: LocaleID,
                            start: CalendarDate? = nil, holidays: [Holiday] = []) -> Checklist {
        make(for: team, context: RenderContext(philosophy, locale: locale), start: start, hire: nil,
             workingDays: WorkingDays(philosophy.calendar, extraHolidays: holidays))
    }

    /// The checklist `hire` gets in `team`, in `locale`: due dates from their start, and the
    /// names of the hire, the manager and the buddy on the tasks of those roles.
    public static func make(for team: Team, in philosophy: Philosophy, locale: LocaleID,
                            hire: NewHire, holidays: [Holiday] = []) -> Checklist {
        make(for: team, context: RenderContext(philosophy, locale: locale), start: hire.start, hire: hire,
             workingDays: WorkingDays(philosophy.calendar, extraHolidays: holidays))
    }

    /// Every team's checklist in `locale`, in file order: ``make(for:in:locale:start:holidays:)``
    /// for each team, with the words, sentences and slugs worked out once instead of once a team.
    public static func makeAll(in philosophy: Philosophy, locale: LocaleID, start: CalendarDate? = nil,
                               holidays: [Holiday] = []) -> [Checklist] {
        let context = RenderContext(philosophy, locale: locale)
        let workingDays = WorkingDays(philosophy.calendar, extraHolidays: holidays)
        return philosophy.teams.map { make(for: $0, context: context, start: start, hire: nil, workingDays: workingDays) }
    }

    /// A task before it has a due date.
    private struct Draft {
        let key: String
        let phase: Phase
        let name: String
        let detail: String?
        let role: String?
    }

    /// The checklist for `team` with the words and sentences of `context`.
    static func make(for team: Team, context: RenderContext, start requestedStart: CalendarDate?, hire: NewHire?,
                     workingDays: WorkingDays) -> Checklist {
        let (philosophy, locale, labels) = (context.philosophy, context.locale, context.labels)
        let onboarding = philosophy.onboarding ?? Onboarding()
        let phases = OnboardingPhases.ordered(onboarding.effectivePhases)
        let first = phases.first ?? .day(1)
        let second = phases.count > 1 ? phases[1] : first
        let defaultText = { (text: LocalizedText) in philosophy.text(text, in: philosophy.defaultLocale) }

        var drafts: [Draft] = []
        drafts.append(Draft(key: "read-philosophy", phase: first, name: labels[.readPhilosophy],
                            detail: labels[.readPhilosophyDetail], role: "new-hire"))
        for value in philosophy.values {
            let name = labels[.valueInOwnWords, ["value": context.text(value.name)]]
            drafts.append(Draft(key: "value-" + Slug.make(defaultText(value.name)), phase: second, name: name,
                                detail: context.text(value.action), role: "new-hire"))
        }
        for id in team.kpis {
            guard let kpi = context.catalog.kpi(id) else { continue }
            let title = kpi.displayName(in: locale, defaultLocale: philosophy.defaultLocale)
            let targets = context.targets(of: kpi)
            let detail = ([kpi.definition.map(context.text)].compactMap { $0 }
                + (targets.isEmpty ? [] : ["\(labels[.target]): " + targets.joined(separator: " ")]))
                .joined(separator: " ")
            drafts.append(Draft(key: "kpi-" + Slug.make(id), phase: second, name: labels[.learnKPI, ["kpi": title]],
                                detail: detail.isEmpty ? nil : detail, role: "manager"))
        }
        for (plan, responseTime) in zip(philosophy.recovery, context.responseTimes) {
            let within = responseTime.map { labels[.respondWithin, ["duration": $0]] }
            let detail = ([context.text(plan.response)] + [within].compactMap { $0 }).joined(separator: " ")
            drafts.append(Draft(key: "role-play-" + shortSlug(defaultText(plan.situation)), phase: second,
                                name: labels[.rolePlay, ["situation": context.text(plan.situation)]], detail: detail,
                                role: "buddy"))
        }
        for (prefix, tasks) in [("task", onboarding.tasks), ("team-task", team.onboarding)] {
            for task in tasks {
                drafts.append(Draft(key: "\(prefix)-\(task.phase)-" + shortSlug(defaultText(task.task)), phase: task.phase,
                                    name: context.text(task.task), detail: nil, role: task.owner))
            }
        }

        let start = requestedStart.flatMap(workingDays.firstWorkingDay(onOrAfter:))
        let ordered = drafts.enumerated().sorted { lhs, rhs in
            let (left, right) = (workingDays.dueDay(of: lhs.element.phase), workingDays.dueDay(of: rhs.element.phase))
            if left != right { return left < right }
            return (lhs.element.phase, lhs.offset) < (rhs.element.phase, rhs.offset)
        }.map(\.element)
        var keys = UniqueKeys()
        // A checklist travels as CSV and calendar too: its texts carry no language marks.
        let items = ordered.map { draft in
            let dueDay = workingDays.dueDay(of: draft.phase)
            return Checklist.Item(
                key: keys.claim(draft.key), name: LanguageMarks.strip(draft.name), detail: draft.detail.map(LanguageMarks.strip),
                phase: draft.phase, role: draft.role, owner: draft.role.map(labels.owner),
                assignee: draft.role.flatMap { hire?.person(owning: $0) }, dueDay: dueDay,
                dueDate: start.flatMap { workingDays.date(ofWorkingDay: dueDay, from: $0) })
        }
        return Checklist(team: LanguageMarks.strip(context.text(team.name)), teamSlug: context.slug(of: team),
                         company: philosophy.company, locale: locale, start: start, hire: hire.flatMap { hire in
                             start.map(hire.starting(on:))
                         }, updated: philosophy.updated, items: items,
                         suppliedLabels: philosophy.labels)
    }
}

/// The first words of `text` as a slug of at most 40 characters, for item keys.
private func shortSlug(_ text: String) -> String {
    var slug = String(Slug.make(text).prefix(40))
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug
}

/// Hands out item keys, numbering a key that is already taken: `task-day-1-call`, then
/// `task-day-1-call-2`.
private struct UniqueKeys {
    private var taken: [String: Int] = [:]

    mutating func claim(_ key: String) -> String {
        let count = (taken[key] ?? 0) + 1
        taken[key] = count
        return count == 1 ? key : "\(key)-\(count)"
    }
}
