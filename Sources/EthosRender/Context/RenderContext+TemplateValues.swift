import EthosModel

/// The values each template sees for one locale, with every text resolved to that locale
/// and numbers, shares, durations and dates formatted for it.
///
/// Texts are plain: the Markdown templates escape them as they are inserted
/// (`{{% CONTENT_TYPE: MARKDOWN}}`). A key is absent when the file lacks the field, so
/// `{{#key}}` sections render only what the file has. `docs/templates.md` lists the keys.
extension RenderContext {
    /// The whole context for the philosophy document.
    var philosophyValues: [String: Any] {
        var context: [String: Any] = [
            "company": philosophy.company,
            "locale": locale.tag,
            "labels": labels.text,
            "purpose": paragraphs(philosophy.purpose),
            "vision": text(philosophy.vision),
            "values": philosophy.values.map(value),
            "kpis": kpisInUse.map { kpi($0, heading: "###") },
            "standards": zip(philosophy.standards, sentences).map(standard),
            "channels": philosophy.channels.map(channel),
            "recovery": zip(philosophy.recovery, responseTimes).map(recoveryPlan),
            "teams": philosophy.teams.map(team),
            "hasLinks": links != nil,
        ]
        context["journey"] = journey
        context["expectations"] = expectations
        context["onboarding"] = onboarding
        context["conflicts"] = philosophy.conflicts.map(paragraphs) ?? []
        context["updated"] = philosophy.updated.map { DateText.long($0, locale: locale) }
        return context
    }

    /// `NPS, QA` for a list of KPI ids: built-ins by id, custom KPIs by name.
    func metrics(_ ids: [String]) -> String {
        ids.map { id in
            catalog.kpi(id)?.shortLabel(in: locale, defaultLocale: philosophy.defaultLocale) ?? id
        }.joined(separator: ", ")
    }

    func value(_ value: ServiceValue) -> [String: Any] {
        var context: [String: Any] = [
            "name": text(value.name),
            "action": text(value.action),
            "metrics": metrics(value.kpis),
            "behaviors": value.behaviors.map(text),
            "questions": value.hiring.map(text),
            "description": value.description.map(paragraphs) ?? [],
        ]
        context["hasDetails"] = value.description != nil || !value.behaviors.isEmpty || !value.hiring.isEmpty
        context["href"] = slugs.index(of: value).flatMap { link(to: .value($0)) }
        return context
    }

    /// A KPI with `heading` (`###`) as the Markdown heading marker its title takes.
    func kpi(_ kpi: KPI, heading: String) -> [String: Any] {
        var context: [String: Any] = [
            "heading": heading,
            "title": kpi.displayName(in: locale, defaultLocale: philosophy.defaultLocale),
            "direction": labels[kpi.direction == .higher ? .higherIsBetter : .lowerIsBetter],
            "targets": targets(of: kpi),
        ]
        context["definition"] = kpi.definition.map(text)
        context["formula"] = kpi.formula.map(text)
        return context
    }

    func standard(_ standard: ServiceStandard, sentence: String) -> [String: Any] {
        var context: [String: Any] = [
            "sentence": sentence,
            "window": standard.window.map { labels.window($0, format: format) } ?? "",
            "channel": standard.channel ?? "",
            "owner": standard.owner.map(teamName) ?? "",
            "source": standard.source.map(text) ?? "",
        ]
        context["statement"] = standard.statement.map(text)
        return context
    }

    private func channel(_ channel: Channel) -> [String: Any] {
        ["name": channel.name, "hours": channel.hours.map(text) ?? "", "offline": channel.offline.map(text) ?? ""]
    }

    private func recoveryPlan(_ plan: RecoveryPlan, responseTime: String?) -> [String: Any] {
        [
            "situation": text(plan.situation),
            "respondWithin": responseTime ?? "",
            "response": text(plan.response),
            "escalateTo": plan.escalateTo.map(teamName) ?? "",
        ]
    }

    func team(_ team: Team) -> [String: Any] {
        var context: [String: Any] = [
            "name": text(team.name), "activities": text(team.activities), "metrics": metrics(team.kpis),
        ]
        context["href"] = slugs.index(of: team).flatMap { link(to: .team($0)) }
        return context
    }

    private var journey: [[String: Any]] {
        guard let journey = philosophy.journey else { return [] }
        let stages: [(LabelKey, LocalizedText?)] = [
            (.awareness, journey.awareness), (.consideration, journey.consideration),
            (.decision, journey.decision), (.postPurchase, journey.postPurchase),
        ]
        return stages.compactMap { key, stage in stage.map { ["stage": labels[key], "text": text($0)] } }
    }

    private var expectations: [String: Any]? {
        guard let expectations = philosophy.expectations else { return nil }
        let groups: [(LabelKey, [LocalizedText])] = [
            (.mustBe, expectations.mustBe), (.performance, expectations.performance),
            (.delighters, expectations.delighters),
        ]
        let present = groups.filter { !$0.1.isEmpty }.map { key, items in
            ["kano": labels[key], "items": items.map(text)] as [String: Any]
        }
        return present.isEmpty ? nil : ["groups": present]
    }

    private var onboarding: [String: Any]? {
        guard let onboarding = philosophy.onboarding else { return nil }
        let phases = OnboardingPhases.ordered(onboarding.effectivePhases + onboarding.tasks.map(\.phase))
        let withTasks: [[String: Any]] = phases.compactMap { phase in
            let tasks = onboarding.tasks.filter { $0.phase == phase }
            guard !tasks.isEmpty else { return nil }
            return ["phase": labels.phase(phase), "tasks": tasks.map(task)]
        }
        var context: [String: Any] = ["phases": withTasks]
        if let refresher = onboarding.refresher {
            let (label, value) = labels.refresher(refresher, format: format)
            context["refresher"] = ["label": label, "value": value]
        }
        return withTasks.isEmpty && onboarding.refresher == nil ? nil : context
    }

    private func task(_ task: OnboardingTask) -> [String: Any] {
        var context: [String: Any] = ["task": text(task.task)]
        context["taskOwner"] = task.owner.map(labels.owner)
        return context
    }

    /// A value's page: the value and its KPIs.
    func valuePageValues(_ value: ServiceValue) -> [String: Any] {
        [
            "labels": labels.text,
            "value": self.value(value),
            "kpis": value.kpis.compactMap { catalog.kpi($0) }.map { kpi($0, heading: "###") },
        ]
    }

    /// A team's page: the team, its KPIs and its checklist's files (in the site's onboarding
    /// folder, or beside the page outside a site).
    func teamPageValues(_ team: Team) -> [String: Any] {
        let index = slugs.index(of: team)
        // The checklist's files the template links, by extension.
        let checklist = Dictionary(uniqueKeysWithValues: [DocumentFormat.html, .md, .csv].map { format in
            (format.fileExtension, index.flatMap { link(to: .checklist($0), format) } ?? "checklist.\(format.fileExtension)")
        })
        return [
            "labels": labels.text,
            "team": self.team(team),
            "kpis": team.kpis.compactMap { catalog.kpi($0) }.map { kpi($0, heading: "###") },
            "checklist": checklist,
        ]
    }

    /// The page of every KPI in use.
    var kpisPageValues: [String: Any] {
        ["labels": labels.text, "kpis": kpisInUse.map { kpi($0, heading: "##") }]
    }

    /// The page of every service standard.
    var standardsPageValues: [String: Any] {
        ["labels": labels.text, "standards": zip(philosophy.standards, sentences).map(standard)]
    }

    /// The page of every team.
    var teamsPageValues: [String: Any] {
        ["labels": labels.text, "teams": philosophy.teams.map(team)]
    }

    /// A new hire's welcome page, from their checklist.
    func welcomeValues(_ checklist: Checklist) -> [String: Any] {
        let firstPhase = checklist.phases.first
        return [
            "title": labels[.welcomeTitle, ["team": checklist.team]],
            "intro": labels[.welcomeIntro, ["company": checklist.company]],
            "company": checklist.company,
            "vision": text(philosophy.vision),
            "labels": labels.text,
            "hasCalendar": checklist.start != nil,
            "firstItems": (firstPhase?.items ?? []).map { $0.name },
            "firstPhase": firstPhase.map { labels.phase($0.phase) } ?? "",
        ]
    }
}
