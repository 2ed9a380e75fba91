extension Philosophy {
    /// Every text field with its path, in file order: for translation checks and for rules
    /// that read what the philosophy promises. A test holds it to every key the format
    /// describes as text or a list of text.
    public var textFields: [(path: FieldPath, text: LocalizedText)] {
        var fields: [(FieldPath, LocalizedText)] = []
        let top = FieldPath.philosophy
        func add(_ text: LocalizedText?, _ path: FieldPath) {
            if let text { fields.append((path, text)) }
        }
        func addList(_ texts: [LocalizedText], _ path: FieldPath) {
            for (index, text) in texts.enumerated() { add(text, path(index)) }
        }
        func addTasks(_ tasks: [OnboardingTask], _ path: FormatListPath<TaskKeys>) {
            for (index, task) in tasks.enumerated() { add(task.task, path(index).task) }
        }
        add(purpose, top.purpose)
        add(vision, top.vision)
        for (index, value) in values.enumerated() {
            let path = FieldPath.value(index)
            add(value.name, path.name)
            add(value.action, path.action)
            add(value.description, path.description)
            addList(value.behaviors, path.behaviors)
            addList(value.hiring, path.hiring)
        }
        for (index, kpi) in kpis.enumerated() {
            let path = FieldPath.kpi(index)
            add(kpi.name, path.name)
            add(kpi.definition, path.definition)
            add(kpi.formula, path.formula)
        }
        for (index, standard) in standards.enumerated() {
            let path = FieldPath.standard(index)
            add(standard.statement, path.statement)
            add(standard.source, path.source)
        }
        for (index, channel) in channels.enumerated() {
            let path = FieldPath.channel(index)
            add(channel.hours, path.hours)
            add(channel.offline, path.offline)
        }
        if let journey {
            add(journey.awareness, top.journey.awareness)
            add(journey.consideration, top.journey.consideration)
            add(journey.decision, top.journey.decision)
            add(journey.postPurchase, top.journey.postPurchase)
        }
        if let expectations {
            addList(expectations.mustBe, top.expectations.mustBe)
            addList(expectations.performance, top.expectations.performance)
            addList(expectations.delighters, top.expectations.delighters)
        }
        for (index, plan) in recovery.enumerated() {
            let path = FieldPath.recoveryPlan(index)
            add(plan.situation, path.situation)
            add(plan.response, path.response)
        }
        for (index, team) in teams.enumerated() {
            let path = FieldPath.team(index)
            add(team.name, path.name)
            add(team.activities, path.activities)
            addTasks(team.onboarding, path.onboarding)
        }
        if let onboarding { addTasks(onboarding.tasks, top.onboarding.tasks) }
        add(conflicts, top.conflicts)
        for (index, revision) in revisions.enumerated() {
            add(revision.summary, top.revisions(index).summary)
        }
        for (index, link) in (site?.footerLinks ?? []).enumerated() {
            add(link.text, top.site.footerLinks(index).text)
        }
        return fields
    }
}
