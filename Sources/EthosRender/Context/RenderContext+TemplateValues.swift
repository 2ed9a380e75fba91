import EthosModel

/// The view model of each template for one locale, with every text resolved to that locale
/// and numbers, shares, durations and dates formatted for it.
///
/// Texts are plain: the Markdown templates escape them as they are inserted
/// (`{{% CONTENT_TYPE: MARKDOWN}}`). An optional is `nil` when the file lacks the field, so
/// `{{#key}}` sections render only what the file has. `docs/templates.md` lists the keys.
extension RenderContext {
    /// The whole philosophy document.
    var philosophyViewModel: PhilosophyViewModel {
        philosophyViewModel(teams: philosophy.teams[...])
    }

    /// The philosophy document with `teams` only, of the philosophy's teams.
    func philosophyViewModel(teams: ArraySlice<Team>) -> PhilosophyViewModel {
        PhilosophyViewModel(
            company: philosophy.company,
            locale: locale.tag,
            labels: labels.text,
            purpose: paragraphs(philosophy.purpose),
            vision: text(philosophy.vision),
            values: philosophy.values.map(value),
            kpis: kpisInUse.map { kpi($0, heading: "###") },
            standards: zip(philosophy.standards, sentences).map(standard),
            channels: philosophy.channels.map(channel),
            recovery: zip(philosophy.recovery, responseTimes).map(recoveryPlan),
            teams: teams.map(team),
            hasLinks: links != nil,
            journey: journey,
            expectations: expectations,
            onboarding: onboarding,
            conflicts: philosophy.conflicts.map(paragraphs) ?? [],
            updated: philosophy.updated.map { DateText.long($0, locale: locale) })
    }

    /// `NPS, QA` for a list of KPI ids: built-ins by id, custom KPIs by name.
    func metrics(_ ids: [String]) -> String {
        ids.map { id in
            catalog.kpi(id)?.shortLabel(in: locale, defaultLocale: philosophy.defaultLocale) ?? id
        }.joined(separator: ", ")
    }

    func value(_ value: ServiceValue) -> ValueItem {
        ValueItem(
            name: text(value.name),
            action: text(value.action),
            metrics: metrics(value.kpis),
            behaviors: value.behaviors.map(text),
            questions: value.hiring.map(text),
            description: value.description.map(paragraphs) ?? [],
            hasDetails: value.description != nil || !value.behaviors.isEmpty || !value.hiring.isEmpty,
            href: slugs.index(of: value).flatMap { link(to: .value($0)) })
    }

    /// A KPI with `heading` (`###`) as the Markdown heading marker its title takes.
    func kpi(_ kpi: KPI, heading: String) -> KPIItem {
        KPIItem(
            heading: heading,
            title: kpi.displayName(in: locale, defaultLocale: philosophy.defaultLocale),
            direction: labels[kpi.direction == .higher ? .higherIsBetter : .lowerIsBetter],
            targets: targets(of: kpi),
            definition: kpi.definition.map(text),
            formula: kpi.formula.map(text))
    }

    func standard(_ standard: ServiceStandard, sentence: String) -> StandardItem {
        StandardItem(
            sentence: sentence,
            window: standard.window.map { labels.window($0, format: format) } ?? "",
            channel: standard.channel ?? "",
            owner: standard.owner.map(teamName) ?? "",
            source: standard.source.map(text) ?? "",
            statement: standard.statement.map(text))
    }

    private func channel(_ channel: Channel) -> PhilosophyViewModel.Channel {
        .init(name: channel.name, hours: channel.hours.map(text) ?? "", offline: channel.offline.map(text) ?? "")
    }

    private func recoveryPlan(_ plan: RecoveryPlan, responseTime: String?) -> PhilosophyViewModel.RecoveryPlan {
        .init(situation: text(plan.situation), respondWithin: responseTime ?? "", response: text(plan.response),
              escalateTo: plan.escalateTo.map(teamName) ?? "")
    }

    func team(_ team: Team) -> TeamItem {
        TeamItem(name: text(team.name), activities: text(team.activities), metrics: metrics(team.kpis),
                 href: slugs.index(of: team).flatMap { link(to: .team($0)) })
    }

    private var journey: [PhilosophyViewModel.JourneyStage] {
        guard let journey = philosophy.journey else { return [] }
        let stages: [(LabelKey, LocalizedText?)] = [
            (.awareness, journey.awareness), (.consideration, journey.consideration),
            (.decision, journey.decision), (.postPurchase, journey.postPurchase),
        ]
        return stages.compactMap { key, stage in stage.map { .init(stage: labels[key], text: text($0)) } }
    }

    private var expectations: PhilosophyViewModel.Expectations? {
        guard let expectations = philosophy.expectations else { return nil }
        let groups: [(LabelKey, [LocalizedText])] = [
            (.mustBe, expectations.mustBe), (.performance, expectations.performance),
            (.delighters, expectations.delighters),
        ]
        let present = groups.filter { !$0.1.isEmpty }.map { key, items in
            PhilosophyViewModel.Expectations.Group(kano: labels[key], items: items.map(text))
        }
        return present.isEmpty ? nil : .init(groups: present)
    }

    private var onboarding: PhilosophyViewModel.Onboarding? {
        guard let onboarding = philosophy.onboarding else { return nil }
        let phases = OnboardingPhases.ordered(onboarding.effectivePhases + onboarding.tasks.map(\.phase))
        let withTasks: [PhilosophyViewModel.Onboarding.Phase] = phases.compactMap { phase in
            let tasks = onboarding.tasks.filter { $0.phase == phase }
            guard !tasks.isEmpty else { return nil }
            return .init(phase: labels.phase(phase), tasks: tasks.map(task))
        }
        let refresher = onboarding.refresher.map { refresher in
            let (label, value) = labels.refresher(refresher, format: format)
            return PhilosophyViewModel.Onboarding.Refresher(label: label, value: value)
        }
        return withTasks.isEmpty && refresher == nil ? nil : .init(phases: withTasks, refresher: refresher)
    }

    private func task(_ task: OnboardingTask) -> PhilosophyViewModel.Onboarding.Task {
        .init(task: text(task.task), taskOwner: task.owner.map(labels.owner))
    }

    /// A value's page: the value and its KPIs.
    func valuePage(_ value: ServiceValue) -> ValuePageViewModel {
        ValuePageViewModel(labels: labels.text, value: self.value(value),
                           kpis: value.kpis.compactMap { catalog.kpi($0) }.map { kpi($0, heading: "###") })
    }

    /// A team's page: the team, its KPIs and its checklist's files (in the site's onboarding
    /// folder, or beside the page outside a site).
    func teamPage(_ team: Team) -> TeamPageViewModel {
        let index = slugs.index(of: team)
        func checklist(_ format: DocumentFormat) -> String {
            index.flatMap { link(to: .checklist($0), format) } ?? "checklist.\(format.fileExtension)"
        }
        return TeamPageViewModel(
            labels: labels.text,
            team: self.team(team),
            kpis: team.kpis.compactMap { catalog.kpi($0) }.map { kpi($0, heading: "###") },
            checklist: .init(html: checklist(.html), md: checklist(.md), csv: checklist(.csv)))
    }

    /// The page of every KPI in use.
    var kpisPage: KPIsPageViewModel {
        KPIsPageViewModel(labels: labels.text, kpis: kpisInUse.map { kpi($0, heading: "##") })
    }

    /// The page of every service standard.
    var standardsPage: StandardsPageViewModel {
        StandardsPageViewModel(labels: labels.text, standards: zip(philosophy.standards, sentences).map(standard))
    }

    /// The page of every team.
    var teamsPage: TeamsPageViewModel {
        TeamsPageViewModel(labels: labels.text, teams: philosophy.teams.map(team))
    }

    /// A new hire's welcome page, from their checklist.
    func welcomePage(_ checklist: Checklist) -> WelcomeViewModel {
        let firstPhase = checklist.phases.first
        let contact = { (person: Person) in person.email.map { "\(person.name) (\($0))" } ?? person.name }
        return WelcomeViewModel(
            title: checklist.hire.map { labels[.welcomeHire, ["name": $0.person.name]] }
                ?? labels[.welcomeTitle, ["team": checklist.team]],
            intro: labels[.welcomeIntro, ["company": checklist.company]],
            company: checklist.company,
            vision: text(philosophy.vision),
            labels: labels.text,
            hasCalendar: checklist.start != nil,
            firstItems: (firstPhase?.items ?? []).map { $0.name },
            firstPhase: firstPhase.map { labels.phase($0.phase) } ?? "",
            start: checklist.start.map { DateText.long($0, locale: locale) },
            manager: checklist.hire?.manager.map(contact),
            buddy: checklist.hire?.buddy.map(contact),
            revision: currentRevision)
    }
}
